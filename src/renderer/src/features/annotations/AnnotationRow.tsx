import { memo } from 'react';
import { isNeitherDecision } from '../../../../core/model/provenance';
import type { Annotation, Code } from '../../../../core/model/types';
import type { CoderEntry } from '../coders/coder-selectors';

/**
 * One row of the annotation list: its coder and codes, the quote (two lines) and the memo (one line).
 * Memoized: scrolling the list re-renders only the rows that enter the window.
 */
export const AnnotationRow = memo(function AnnotationRow(props: {
  annotation: Annotation;
  codeById: ReadonlyMap<string, Code>;
  /** Who made the annotation (its `createdBy`), with the coder's colour. */
  coder: Pick<CoderEntry, 'name' | 'color'> | undefined;
  index: number;
  count: number;
  top: number;
  height: number;
  current: boolean;
  onSelect(id: string): void;
}) {
  const { annotation, codeById } = props;
  const coderName = props.coder?.name ?? 'unknown coder';
  const codes = annotation.codeIds
    .map((id) => codeById.get(id))
    .filter((c): c is Code => c !== undefined && !c.deleted);
  // An adjudication's "accept neither" is kept as a consensus annotation with no code.
  const what = isNeitherDecision(annotation)
    ? 'neither version accepted'
    : codes.map((c) => c.name).join(', ');
  return (
    <li
      aria-current={props.current ? 'true' : undefined}
      aria-posinset={props.index + 1}
      aria-setsize={props.count}
      style={{ top: props.top, height: props.height }}
    >
      <button
        className="name annotation-row"
        aria-label={`Annotation by ${coderName}: ${what}: ${annotation.quote.slice(0, 60)}`}
        onClick={() => props.onSelect(annotation.id)}
      >
        <div className="muted annotation-codes">
          <span className="annotation-coder">
            <span className="swatch" style={{ background: props.coder?.color }} />
            {coderName}
          </span>
          {codes.map((c) => (
            <span key={c.id}>
              <span className="swatch" style={{ background: c.color }} />
              {c.name}
            </span>
          ))}
          {codes.length === 0 && what && <span>{what}</span>}
        </div>
        <div className="annotation-quote">“{annotation.quote}”</div>
        {annotation.memo && (
          <div className="muted annotation-memo">Memo: {annotation.memo.slice(0, 80)}</div>
        )}
      </button>
    </li>
  );
});
