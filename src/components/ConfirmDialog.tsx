import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  open: boolean;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Called on the cancel button, Escape, or any other way the dialog closes without confirming. */
  onCancel: () => void;
}

/**
 * A modal question in the page, on the native `<dialog>`: focus is trapped and Escape cancels for free,
 * and unlike `window.confirm` it works inside sandboxed frames. The safe choice has the first focus.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      confirmed.current = false;
      element.showModal();
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const onClose = () => {
    if (!open) return;
    if (confirmed.current) onConfirm();
    else onCancel();
  };

  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-body" onClose={onClose}>
      <h2 id="confirm-title">{title}</h2>
      <div id="confirm-body">{children}</div>
      <form method="dialog" class="actions">
        <button ref={cancel} class="button secondary" value="cancel">
          {cancelLabel}
        </button>
        <button class="button danger" value="confirm" onClick={() => (confirmed.current = true)}>
          {confirmLabel}
        </button>
      </form>
    </dialog>
  );
}
