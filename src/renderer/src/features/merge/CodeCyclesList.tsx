import { useState } from 'react';
import type { DescribedCycle } from '../../../../core/codebook/cycle-message';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';

/**
 * The conflicts panel's list of parent cycles (codes moved under each other by two coders),
 * each with its sentence and a button that settles it by moving the code shown at the top level
 * there for real (one undoable change; moving either code in the codebook settles it too).
 */
export function CodeCyclesList(props: { cycles: DescribedCycle[] }) {
  const workbench = useWorkbench();
  const codes = useWorkbenchState((s) => s.codes);
  const [busy, setBusy] = useState(false);
  if (props.cycles.length === 0) return null;
  const nameOf = (id: string) => codes.find((c) => c.id === id)?.name ?? id;

  async function settle(cycle: DescribedCycle) {
    setBusy(true);
    try {
      await workbench.codebook.move(cycle.cut, null);
    } catch (error) {
      workbench.fail(`Could not move “${nameOf(cycle.cut)}”`, error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-label="Codes moved under each other">
      <h3>Codes moved under each other</h3>
      <ul className="conflict-list">
        {props.cycles.map((cycle) => (
          <li key={cycle.ids.join(' ')}>
            <p>{cycle.message}</p>
            <button disabled={busy} onClick={() => void settle(cycle)}>
              Move “{nameOf(cycle.cut)}” to the top level
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
