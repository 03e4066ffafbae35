import type { Code } from '../../../../core/model/types';
import type { Workbench } from '../../state/workbench';

/**
 * Writes a code's memo as its own undoable change and confirms it landed, so a memo field
 * reports a write that changed nothing (the code gone meanwhile) instead of calling it saved.
 */
export async function saveCodeMemo(workbench: Workbench, code: Code, memo: string): Promise<void> {
  await workbench.codebook.update(code.id, { memo }, `edit memo on code ${code.name}`);
  const stored = workbench.state.codes.find((c) => c.id === code.id);
  if (stored?.memo !== memo) throw new Error('the code changed meanwhile');
}
