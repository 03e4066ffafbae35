import { useEffect, useRef, useState } from 'react';
import type { MemoTarget } from '../memos/draft-journal';
import { MemoStatusLine } from '../memos/MemoStatusLine';
import { MemoSaver, type MemoStatus } from '../memos/memo-saver';
import { useMemoSafety } from '../memos/memo-safety';

/**
 * A memo text area that saves as the user types (after a short pause), on leaving the field, when
 * it closes and when the page goes away, so neither a reload nor a closed window loses a memo.
 * Text is journalled before it is written; a failed write stays marked unsaved, is retried, and
 * can be copied. Outside changes (undo, redo, another tab) show up unless the user has unsaved
 * text here. Key it by the record it edits: one field, one memo.
 */
export function MemoField(props: {
  id: string;
  label: string;
  value: string;
  target: MemoTarget;
  rows?: number;
  autoFocus?: boolean;
  onSave(memo: string): Promise<void>;
}) {
  const { journal, pending, reportUnsaved } = useMemoSafety();
  const save = useRef(props.onSave);
  save.current = props.onSave;
  const status = useRef<(next: MemoStatus) => void>(() => undefined);
  const [saver] = useState(
    () =>
      new MemoSaver({
        target: props.target,
        stored: props.value,
        save: (text) => save.current(text),
        journal,
        onStatus: (next) => status.current(next),
      }),
  );
  const [shown, setShown] = useState<MemoStatus>(saver.initialStatus);
  status.current = setShown;
  const [draft, setDraft] = useState(saver.shownText);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (saver.storedChanged(props.value)) setDraft(props.value);
  }, [saver, props.value]);

  // Registered for page exit and window close; flushed (never dropped) when the field unmounts.
  useEffect(() => {
    const unregister = pending.register(() => saver.flush());
    return () => {
      unregister();
      void saver.close().then(() => {
        const last = saver.state;
        if (last.state === 'failed') reportUnsaved(saver.shownText, last.message);
      });
    };
  }, [pending, saver, reportUnsaved]);

  return (
    <>
      <label className="muted" htmlFor={props.id}>
        {props.label}
      </label>
      <textarea
        ref={field}
        id={props.id}
        rows={props.rows ?? 2}
        autoFocus={props.autoFocus}
        style={{ width: '100%' }}
        value={draft}
        aria-invalid={shown.state === 'failed'}
        aria-describedby={`${props.id}-status`}
        onChange={(e) => {
          setDraft(e.target.value);
          saver.edit(e.target.value);
        }}
        onBlur={() => void saver.flush()}
      />
      <MemoStatusLine
        id={`${props.id}-status`}
        status={shown}
        text={draft}
        field={field}
        onRetry={() => void saver.flush()}
      />
    </>
  );
}
