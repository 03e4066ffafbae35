import type { Span } from '../document-surface/types';

/** Shows the exact span a code will be applied to (after snapping), before it is applied. */
export function SelectionBar(props: {
  text: string;
  span: Span | null;
  onApply(): void;
  onInVivo(): void;
}) {
  if (!props.span) {
    return (
      <div className="statusbar" aria-label="Selection">
        Select text to code it (mouse, or Shift+arrows in the document). Hold Alt for an exact,
        unsnapped span.
      </div>
    );
  }
  const quote = props.text.slice(props.span.start, props.span.end);
  const shown = quote.length > 120 ? `${quote.slice(0, 58)} … ${quote.slice(-58)}` : quote;
  return (
    <div
      className="statusbar"
      aria-label="Selection"
      style={{ color: 'var(--text)', alignItems: 'center' }}
    >
      <span style={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        Span {props.span.start}–{props.span.end}: <q data-testid="selection-quote">{shown}</q>
      </span>
      <button
        onClick={props.onInVivo}
        title="Create a code named after the selected words and apply it"
      >
        In-vivo code
      </button>
      <button onClick={props.onApply} title="Apply a code (/ or a code's hotkey)">
        Apply code…
      </button>
    </div>
  );
}
