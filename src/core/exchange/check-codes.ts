import { MAX_CODE_DEPTH, walkParentChains } from '../codebook/parent-chains';
import type { ValidRecords } from './valid-records';
import { clipText } from './describe-value';
import type { ImportProblem } from './problems';

/** How many names a cycle message lists before summarising the rest. */
const SHOWN_NAMES = 6;

/**
 * The codebook's shape: every parent exists, no parent cycles (each reported once, at its code
 * that comes first in the file), and no code deeper than `MAX_CODE_DEPTH` (reported once per
 * over-deep branch, at its first code past the limit). Linear in the number of codes.
 */
export function codeTreeProblems(codes: ValidRecords['codes']): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byId = new Map<string, ValidRecords['codes'][number]>();
  for (const r of codes) if (!byId.has(r.record.id)) byId.set(r.record.id, r);
  for (const { index, record: c } of codes) {
    if (c.parentId !== null && !byId.has(c.parentId)) {
      problems.push({
        path: `codes[${index}].parentId`,
        recordId: c.id,
        message: `Points to a missing code ${c.parentId}`,
      });
    }
  }
  const chains = walkParentChains(codes.map((r) => r.record));
  const nameOf = (id: string) => clipText(byId.get(id)?.record.name ?? id);
  for (const cycle of chains.cycles) {
    const first = byId.get(cycle[0] as string);
    if (!first) continue;
    const shown = cycle.slice(0, SHOWN_NAMES).map(nameOf);
    const names =
      cycle.length > SHOWN_NAMES
        ? `${shown.join(' → ')} → … (${cycle.length} codes)`
        : [...shown, nameOf(first.record.id)].join(' → ');
    problems.push({
      path: `codes[${first.index}].parentId`,
      recordId: first.record.id,
      message: `Code parents form a cycle: ${names}`,
    });
  }
  for (const { index, record: c } of codes) {
    if (chains.levels.get(c.id) === MAX_CODE_DEPTH + 1) {
      problems.push({
        path: `codes[${index}].parentId`,
        recordId: c.id,
        message: `Code "${nameOf(c.id)}" is nested more than ${MAX_CODE_DEPTH} levels deep; a codebook may be at most ${MAX_CODE_DEPTH} levels deep`,
      });
    }
  }
  return problems;
}
