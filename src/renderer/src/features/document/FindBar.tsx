import { useEffect, useRef } from 'react';

/** Find in document (Ctrl+F): match count, next (Enter, F3) and previous (Shift+Enter). */
export function FindBar(props: {
  query: string;
  count: number;
  current: number;
  onQuery(query: string): void;
  onStep(delta: 1 | -1): void;
  onClose(): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const status =
    props.query === ''
      ? ''
      : props.count === 0
        ? 'No matches'
        : `${props.current + 1} of ${props.count}`;
  return (
    <div
      role="search"
      aria-label="Find in document"
      className="toolbar"
      style={{ borderBottom: '1px solid var(--border)' }}
    >
      <input
        ref={input}
        type="search"
        aria-label="Find in document"
        placeholder="Find in document"
        value={props.query}
        onChange={(e) => props.onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'F3') {
            e.preventDefault();
            props.onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            props.onClose();
          }
        }}
      />
      <span role="status" aria-live="polite" className="muted" aria-label="Find matches">
        {status}
      </span>
      <button
        aria-label="Previous match"
        onClick={() => props.onStep(-1)}
        disabled={props.count === 0}
      >
        ↑
      </button>
      <button aria-label="Next match" onClick={() => props.onStep(1)} disabled={props.count === 0}>
        ↓
      </button>
      <button aria-label="Close find" onClick={props.onClose}>
        ✕
      </button>
    </div>
  );
}
