import type { Passage } from '../../../../core/agreement/passages';
import type { Coder } from '../../../../core/model/types';

const WIDTH = 1000;
const LANE = 12;

/** An SVG path of bars [start, end) scaled to the overview's width: one element per lane. */
function barsPath(spans: Iterable<{ start: number; end: number }>, length: number, y: number) {
  const scale = WIDTH / Math.max(1, length);
  let d = '';
  for (const s of spans) {
    const x = s.start * scale;
    const w = Math.max(1, (s.end - s.start) * scale);
    d += `M${x.toFixed(1)} ${y}h${w.toFixed(1)}v${LANE - 2}h${(-w).toFixed(1)}z`;
  }
  return d;
}

/**
 * The whole document as one lane per coder (where each coded), with a lane of the disagreements
 * below and the current one outlined: where the coders differ at a glance. Drawn as one path per
 * lane, so a document with 100,000 annotations is still a handful of elements.
 */
export function CoderOverview(props: {
  length: number;
  coders: Coder[];
  /** Each coder's colour, in the order of `coders`. */
  colours: string[];
  passages: Passage[];
  current: Passage | null;
}) {
  const { coders, passages, length } = props;
  const height = (coders.length + 1) * LANE + 4;
  const scale = WIDTH / Math.max(1, length);
  return (
    <figure className="agreement-overview">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`Overview of the document: ${coders.map((c) => c.name).join(', ')} and their disagreements`}
      >
        {coders.map((c, i) => (
          <path
            key={c.id}
            d={barsPath(
              passages.flatMap((p) => p.versions[i] ?? []),
              length,
              i * LANE,
            )}
            fill={props.colours[i]}
          />
        ))}
        <path
          d={barsPath(
            passages.filter((p) => p.disagreement !== null),
            length,
            coders.length * LANE,
          )}
          fill="#222222"
        />
        {props.current && (
          <rect
            x={props.current.start * scale - 2}
            y={0}
            width={Math.max(4, (props.current.end - props.current.start) * scale + 4)}
            height={height - 2}
            fill="none"
            stroke="currentColor"
            strokeWidth={2}
          />
        )}
      </svg>
      <figcaption className="muted">
        {coders.map((c, i) => (
          <span key={c.id} className="agreement-legend">
            <span
              className="agreement-swatch"
              style={{ background: props.colours[i] }}
              aria-hidden
            />
            {c.name}
          </span>
        ))}
        <span className="agreement-legend">
          <span className="agreement-swatch" style={{ background: '#222222' }} aria-hidden />
          disagreements
        </span>
      </figcaption>
    </figure>
  );
}
