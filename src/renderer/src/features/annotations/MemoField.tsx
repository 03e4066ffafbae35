import { useEffect, useRef, useState } from 'react';

/** How long typing may pause before a memo is written (it is also written when the field loses focus). */
const SAVE_AFTER_MS = 700;

/**
 * A memo text area that saves as the user types (after a short pause, and on leaving the field),
 * so a reload never loses a memo. Outside changes (undo, redo) show up unless the user is typing.
 */
export function MemoField(props: {
  id: string;
  label: string;
  value: string;
  onSave(memo: string): void;
}) {
  const [draft, setDraft] = useState(props.value);
  const field = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { onSave } = props;

  useEffect(() => {
    if (document.activeElement !== field.current) setDraft(props.value);
  }, [props.value]);

  const flush = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (value !== props.value) onSave(value);
  };
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return (
    <>
      <label className="muted" htmlFor={props.id}>
        {props.label}
      </label>
      <textarea
        ref={field}
        id={props.id}
        rows={2}
        style={{ width: '100%' }}
        value={draft}
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => flush(value), SAVE_AFTER_MS);
        }}
        onBlur={() => flush(draft)}
      />
    </>
  );
}
