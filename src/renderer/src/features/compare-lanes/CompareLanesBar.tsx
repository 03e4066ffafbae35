import { describeDisagreement } from '../../../../core/agreement/passages';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { AcceptSelection } from './AcceptSelection';
import { stepDisagreement } from './comparison-view';
import { decidedIn } from './use-compare-lanes';

/**
 * Above the document while its coders' lanes are shown: who is compared (with their lane
 * colours), the current disagreement, buttons to step through the disagreements (the document
 * scrolls and the passage is highlighted), to accept text selected in the document as the
 * consensus there, and to hide the lanes.
 */
export function CompareLanesBar() {
  const workbench = useWorkbench();
  const comparison = useWorkbenchState((s) => s.comparison);
  useWorkbenchState((s) => s.annotationsVersion);
  const documentId = useWorkbenchState((s) => s.openDocument?.meta.id ?? null);
  if (!comparison || comparison.documentId !== documentId) return null;
  const names = comparison.coders.map((c) => c.name);
  const disagreements = comparison.passages.filter((p) => p.disagreement !== null);
  const passage = comparison.current === null ? undefined : comparison.passages[comparison.current];
  const decided = decidedIn(workbench, comparison);
  const step = (direction: 1 | -1) =>
    workbench.store.set({
      comparison: { ...comparison, current: stepDisagreement(comparison, direction) },
    });
  return (
    <div className="compare-lanes-bar" role="group" aria-label="Comparison lanes">
      <span>
        Lanes:{' '}
        {comparison.coders.map((c) => (
          <span key={c.id} className="compare-lanes-coder">
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.name}{' '}
          </span>
        ))}
        and disagreements
      </span>
      <span role="status">
        {passage?.disagreement
          ? `Disagreement ${disagreements.indexOf(passage) + 1} of ${disagreements.length}: ${describeDisagreement(passage, names)}${decided.has(comparison.current ?? -1) ? ' (decided)' : ''}`
          : `${disagreements.length} disagreements, ${disagreements.filter((p) => decided.has(comparison.passages.indexOf(p))).length} decided`}
      </span>
      <button onClick={() => step(-1)} disabled={disagreements.length === 0}>
        Previous disagreement
      </button>
      <button onClick={() => step(1)} disabled={disagreements.length === 0}>
        Next disagreement
      </button>
      <AcceptSelection passage={passage?.disagreement ? passage : undefined} coderNames={names} />
      <button onClick={() => workbench.store.set({ comparison: null })}>Hide lanes</button>
    </div>
  );
}
