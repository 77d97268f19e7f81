import { useEffect, useId, useRef, type ReactNode } from 'react';

/** Props of {@link Dialog}. */
export interface DialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  /** Called for Escape (and by the content's own close buttons). */
  readonly onClose: () => void;
  /** Extra class, e.g. for a wide dialog. */
  readonly className?: string;
}

/**
 * A modal dialog on the native `<dialog>`: focus moves into it (to the first focusable element,
 * or the one with `autoFocus`), stays inside, Escape closes, and the browser returns focus to
 * where it was. The content brings its own buttons.
 */
export function Dialog({ open, title, children, onClose, className }: DialogProps) {
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
    const onCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => dialog.removeEventListener('cancel', onCancel);
  }, [onClose]);

  return (
    <dialog
      ref={ref}
      className={className ? `kring-dialog ${className}` : 'kring-dialog'}
      aria-labelledby={titleId}
    >
      <h2 className="kring-dialog__title" id={titleId}>
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
