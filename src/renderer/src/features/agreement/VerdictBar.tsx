import type { Passage } from '../../../../core/agreement/passages';
import type { Code } from '../../../../core/model/types';
import type { CompareAction } from './compare-keys';

/** The reviewer's new boundaries for the current disagreement, as the form holds them. */
export interface DrawnSpan {
  start: number;
  end: number;
  codeId: string;
}

/**
 * The verdicts on the current disagreement, each with its key: a coder's version (1…9), every
 * version (B), the merged span (M), neither (0), and new boundaries (S): a start, an end (filled
 * in by selecting text in a lane, or typed) and a code.
 */
export function VerdictBar(props: {
  passage: Passage;
  coderNames: readonly string[];
  codes: readonly Code[];
  busy: boolean;
  drawn: DrawnSpan;
  onDrawn(drawn: DrawnSpan): void;
  onDecide(action: CompareAction): void;
}) {
  const { passage, coderNames, busy, drawn } = props;
  const drawnProblem = !(drawn.start < drawn.end)
    ? 'Select text in a lane, or type a start before the end.'
    : drawn.codeId
      ? null
      : 'Choose a code.';
  return (
    <>
      <div className="dialog-actions agreement-verdicts">
        {coderNames.map((name, i) => (
          <button
            key={name + String(i)}
            disabled={busy || (passage.versions[i]?.length ?? 0) === 0}
            onClick={() => props.onDecide({ kind: 'versions', accept: [i] })}
            aria-keyshortcuts={String(i + 1)}
          >
            Accept {name}’s version ({i + 1})
          </button>
        ))}
        <button
          disabled={busy}
          onClick={() => props.onDecide({ kind: 'versions', accept: coderNames.map((_, i) => i) })}
          aria-keyshortcuts="B"
        >
          {coderNames.length === 2 ? 'Accept both (B)' : 'Accept every version (B)'}
        </button>
        <button
          disabled={busy}
          onClick={() => props.onDecide({ kind: 'merged' })}
          aria-keyshortcuts="M"
        >
          Accept merged span (M)
        </button>
        <button
          disabled={busy}
          onClick={() => props.onDecide({ kind: 'versions', accept: [] })}
          aria-keyshortcuts="0"
        >
          Accept neither (0)
        </button>
      </div>
      <fieldset className="agreement-drawn">
        <legend>New boundaries (select text in a lane)</legend>
        <label>
          Start{' '}
          <input
            type="number"
            min={0}
            value={drawn.start}
            onChange={(e) => props.onDrawn({ ...drawn, start: e.target.valueAsNumber || 0 })}
          />
        </label>
        <label>
          End{' '}
          <input
            type="number"
            min={0}
            value={drawn.end}
            onChange={(e) => props.onDrawn({ ...drawn, end: e.target.valueAsNumber || 0 })}
          />
        </label>
        <label>
          Code{' '}
          <select
            value={drawn.codeId}
            onChange={(e) => props.onDrawn({ ...drawn, codeId: e.target.value })}
          >
            <option value="">Choose a code</option>
            {props.codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button
          disabled={busy || drawnProblem !== null}
          title={drawnProblem ?? undefined}
          onClick={() => props.onDecide({ kind: 'span' })}
          aria-keyshortcuts="S"
        >
          Accept new span (S)
        </button>
      </fieldset>
    </>
  );
}
