import { useState } from 'react';
import type { Passage } from '../../../../core/agreement/passages';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { notice } from '../../state/notices';
import { liveCodes } from '../../state/selectors';
import { verdictLabel } from '../agreement/compare-model';
import { acceptVerdicts } from '../agreement/consensus';

/**
 * New boundaries drawn in the document itself: the text selected there, with a chosen code,
 * accepted as the consensus version of the current disagreement (one undoable change, derived
 * from the passage's annotations), as S does in the comparison view.
 */
export function AcceptSelection(props: { passage: Passage | undefined; coderNames: string[] }) {
  const workbench = useWorkbench();
  const span = useWorkbenchState((s) => s.selectionSpan);
  const codes = useWorkbenchState(liveCodes);
  const [codeId, setCodeId] = useState('');
  const chosen = codeId || props.passage?.versions.flat()[0]?.codeIds[0] || '';
  const problem = !props.passage
    ? 'Step to a disagreement first.'
    : !span
      ? 'Select text in the document first.'
      : !chosen
        ? 'Choose a code.'
        : null;

  async function accept() {
    const text = workbench.state.openDocument?.text;
    if (!props.passage || !span || !chosen || text === undefined) return;
    const label = verdictLabel({ kind: 'span', ...span }, props.coderNames);
    try {
      await acceptVerdicts(
        workbench,
        [{ passage: props.passage, kind: 'span', ...span, codeIds: [chosen] }],
        label,
        text,
      );
      window.getSelection()?.removeAllRanges();
      workbench.notify(notice('info', `Consensus: ${label}`));
    } catch (error) {
      workbench.fail('Could not adjudicate', error);
    }
  }

  return (
    <span className="compare-lanes-accept">
      <select
        aria-label="Code for the selected text"
        value={chosen}
        onChange={(e) => setCodeId(e.target.value)}
      >
        <option value="">Choose a code</option>
        {codes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>{' '}
      <button
        disabled={problem !== null}
        title={problem ?? undefined}
        onClick={() => void accept()}
      >
        Accept selected text as consensus
      </button>
    </span>
  );
}
