import { useMemo } from 'react';
import { codeCycles, type DescribedCycle } from '../../../../core/codebook/cycle-message';
import { useWorkbenchState } from '../../app/workbench-context';

/**
 * The open project's parent cycles: codes two coders moved under each other, kept by a merge
 * (see core `combineSnapshots`). Each names who moved them and which code the codebook shows at
 * the top level; moving either code settles it. Derived from the codes in memory.
 */
export function useCodeCycles(): DescribedCycle[] {
  const codes = useWorkbenchState((s) => s.codes);
  const coders = useWorkbenchState((s) => s.knownCoders);
  return useMemo(() => {
    const names = new Map(coders.map((c) => [c.id, c.name]));
    return codeCycles(codes, (id) => names.get(id));
  }, [codes, coders]);
}
