import { useState, type RefObject } from 'react';
import { copyText } from './copy-text';
import type { MemoStatus } from './memo-saver';

/**
 * Says under a memo field whether its text is stored. A failed write is an alert that stays,
 * with the reason, when it is retried, a button to retry now and one to copy the text, so the
 * user never mistakes unsaved text for saved text.
 */
export function MemoStatusLine(props: {
  id: string;
  status: MemoStatus;
  text: string;
  field: RefObject<HTMLTextAreaElement | null>;
  onRetry(): void;
}) {
  const [copied, setCopied] = useState<string | null>(null);
  const { status } = props;

  if (status.state !== 'failed') {
    const words = { saved: '', unsaved: 'Not saved yet…', saving: 'Saving…' }[status.state];
    return (
      <div id={props.id} role="status" className="muted" style={{ fontSize: 12, minHeight: 16 }}>
        {words}
      </div>
    );
  }

  const copy = async () => {
    if (await copyText(props.text)) return setCopied('Memo copied to the clipboard.');
    props.field.current?.focus();
    props.field.current?.select();
    setCopied('Copying was refused: the text is selected, press Ctrl+C.');
  };

  return (
    <div id={props.id} role="alert" style={{ fontSize: 12, color: 'var(--danger)' }}>
      Memo not saved: {status.message}. It is kept here and in this browser, and retried in{' '}
      {Math.round(status.retryInMs / 1000)} s.{' '}
      <button type="button" className="link" onClick={props.onRetry}>
        Retry now
      </button>{' '}
      <button type="button" className="link" onClick={() => void copy()}>
        Copy memo
      </button>
      {copied && <span role="status"> {copied}</span>}
    </div>
  );
}
