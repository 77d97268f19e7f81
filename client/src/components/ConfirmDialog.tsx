import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';

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
 * A modal confirmation on the native `<dialog>`: focus stays inside, Escape cancels, and the
 * browser returns focus to the button that opened it. "Cancel" has focus first, so Enter never
 * confirms a destructive action by accident.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const { open, onCancel } = props;
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return undefined;
    const onDialogCancel = (event: Event) => {
      event.preventDefault();
      onCancel();
    };
    dialog.addEventListener('cancel', onDialogCancel);
    return () => dialog.removeEventListener('cancel', onDialogCancel);
  }, [onCancel]);

  return (
    <dialog ref={ref} className="kring-dialog" aria-labelledby={titleId}>
      <h2 className="kring-dialog__title" id={titleId}>
        {props.title}
      </h2>
      <div className="kring-dialog__body">{props.children}</div>
      <div className="kring-actions">
        {/* First in the dialog, so showModal() focuses it. */}
        <Button purpose="secondary" busy={props.busy} onClick={() => props.busy || onCancel()}>
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
    </dialog>
  );
}
