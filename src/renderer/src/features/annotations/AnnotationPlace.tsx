import type { ReactNode } from 'react';
import type { Block } from '../../../../core/model/types';
import { paragraphNumber, quoteInContext } from './annotation-place';

/**
 * Where an annotation sits, in a reader's terms: its paragraph and the quote with a few words
 * either side. The character offsets, which only tools need, are in the tooltip.
 */
export function AnnotationPlace(props: {
  text: string;
  blocks: readonly Block[];
  start: number;
  end: number;
  quote: string;
  /** Shown on the paragraph's line, e.g. who coded it. */
  byline?: ReactNode;
}) {
  const { text, start, end } = props;
  const paragraph = paragraphNumber(props.blocks, start);
  const offsets = `Characters ${start}–${end}`;
  // Before the document's text is loaded, the stored quote is all there is to show.
  const shown =
    text.length >= end
      ? quoteInContext(text, start, end)
      : { before: '', quote: props.quote, after: '' };
  return (
    <div style={{ fontSize: 13, marginBottom: 6 }}>
      <div className="muted">
        <span title={offsets}>{paragraph === null ? offsets : `Paragraph ${paragraph}`}</span>
        {props.byline}
      </div>
      <div data-testid="annotation-context" title={offsets}>
        <span className="muted">{shown.before}</span>
        <mark className="annotation-quote">“{shown.quote}”</mark>
        <span className="muted">{shown.after}</span>
      </div>
    </div>
  );
}
