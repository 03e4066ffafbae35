import type { Annotation } from '../../../../core/model/types';
import { isNeitherDecision } from '../../../../core/model/provenance';
import { lanePieces } from './compare-model';

/**
 * One coder's lane at the current passage: the passage's text with their coding marked, and
 * their annotations listed. Each piece of text carries its document offsets (`data-start`,
 * `data-end`), so text selected in a lane gives the reviewer's new boundaries (lane-selection.ts).
 */
export function CoderLane(props: {
  name: string;
  colour: string;
  text: string;
  version: readonly Annotation[];
  range: { from: number; to: number };
  codeName(id: string): string;
}) {
  const { version, range } = props;
  return (
    <div className="agreement-lane" role="group" aria-label={`${props.name}'s coding`}>
      <div className="agreement-lane-name">
        <span className="agreement-swatch" style={{ background: props.colour }} aria-hidden />
        {props.name}
      </div>
      <div className="agreement-lane-text">
        {lanePieces(version, range.from, range.to).map((piece) =>
          piece.covering.length === 0 ? (
            <span key={piece.start} data-start={piece.start} data-end={piece.end}>
              {props.text.slice(piece.start, piece.end)}
            </span>
          ) : (
            <mark
              key={piece.start}
              data-start={piece.start}
              data-end={piece.end}
              style={{ background: `${props.colour}40`, borderBottomColor: props.colour }}
              title={piece.covering.flatMap((a) => a.codeIds.map(props.codeName)).join(', ')}
            >
              {props.text.slice(piece.start, piece.end)}
            </mark>
          ),
        )}
      </div>
      <ul className="agreement-lane-codes">
        {version.length === 0 ? (
          <li className="muted">Not coded</li>
        ) : (
          version.map((a) => (
            <li key={a.id}>
              {isNeitherDecision(a)
                ? 'Neither version accepted'
                : a.codeIds.map(props.codeName).join(', ')}{' '}
              <span className="muted">
                (characters {a.start}–{a.end}){a.memo ? `; memo: ${a.memo}` : ''}
              </span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
