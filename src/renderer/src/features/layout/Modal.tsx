import { useEffect, useRef, type ReactNode } from 'react';

/** The usual last row of an informational dialog: one Close button. */
export function CloseActions(props: { onClose(): void }) {
  return (
    <div className="dialog-actions">
      <button className="primary" onClick={props.onClose}>
        Close
      </button>
    </div>
  );
}

/**
 * A modal dialog on the native <dialog> element: focus moves into it, Escape closes it, focus is
 * trapped by the browser while it is open, and goes back to where it was when the dialog goes
 * (React removes the dialog rather than closing it, which would leave focus on <body>).
 */
export function Modal(props: {
  label: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
  /** Nearly the whole window (the compare view's two texts side by side). */
  full?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { onClose } = props;
  useEffect(() => {
    const opener = document.activeElement;
    return () => {
      // Only if nothing else took focus meanwhile (a caller may move it on purpose).
      const lost = !document.activeElement || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', cancel);
    return () => dialog.removeEventListener('cancel', cancel);
  }, [onClose]);
  return (
    <dialog
      ref={ref}
      aria-label={props.label}
      style={
        props.full
          ? { width: '96vw', height: '94vh', maxWidth: '96vw', maxHeight: '94vh' }
          : props.wide
            ? { width: 'min(760px, 92vw)' }
            : { width: 'min(520px, 92vw)' }
      }
    >
      {props.children}
    </dialog>
  );
}
