import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { Dialog } from './Dialog.js';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  /** Text of the confirming button, e.g. "Delete document". */
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  /** Called for the cancel button and for Escape. */
  readonly onCancel: () => void;
  /** Disables the buttons while the confirmed action runs. */
  readonly busy?: boolean;
}

/**
 * A modal confirmation (a {@link Dialog}): Escape cancels, and "Cancel" has focus first, so Enter
 * never confirms a destructive action by accident.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onCancel}>
      <div className="kring-dialog__body">{props.children}</div>
      <div className="kring-actions">
        {/* First in the dialog, so showModal() focuses it. */}
        <Button
          purpose="secondary"
          busy={props.busy}
          onClick={() => props.busy || props.onCancel()}
        >
          {t('common.cancel')}
        </Button>
        <Button
          purpose="primary"
          hint="negative"
          busy={props.busy}
          onClick={() => props.busy || props.onConfirm()}
        >
          {props.confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
