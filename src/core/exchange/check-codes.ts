import { cyclePath } from '../codebook/cycle-message';
import { MAX_CODE_DEPTH, walkParentChains } from '../codebook/parent-chains';
import { parentCycles, withCyclesCut } from '../codebook/parent-cycles';
import type { ValidRecords } from './valid-records';
import { clipText } from './describe-value';
import type { ImportProblem } from './problems';

type FileCode = ValidRecords['codes'][number];

/** The file's codes by id (the first of a duplicate id counts, as everywhere). */
function codesById(codes: readonly FileCode[]): Map<string, FileCode> {
  const byId = new Map<string, FileCode>();
  for (const r of codes) if (!byId.has(r.record.id)) byId.set(r.record.id, r);
  return byId;
}

/**
 * The codebook's shape: every parent exists, and no code deeper than `MAX_CODE_DEPTH` (reported
 * once per over-deep branch, at its first code past the limit). Depth is measured with parent
 * cycles cut where the workbench cuts them (`withCyclesCut`): a cycle is not a problem (see
 * `codeCycleWarnings`). Linear in the number of codes.
 */
export function codeTreeProblems(codes: ValidRecords['codes']): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byId = codesById(codes);
  for (const { index, record: c } of codes) {
    if (c.parentId !== null && !byId.has(c.parentId)) {
      problems.push({
        path: `codes[${index}].parentId`,
        recordId: c.id,
        message: `Points to a missing code ${c.parentId}`,
      });
    }
  }
  const chains = walkParentChains(withCyclesCut(codes.map((r) => r.record)));
  const nameOf = (id: string) => clipText(byId.get(id)?.record.name ?? id);
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

/**
 * Parent cycles in the file's codebook, one warning each at its code that comes first in the
 * file. Not a problem: a merge keeps two coders' concurrent opposite moves as they are (see
 * `combineSnapshots`), so a merged project, and its export, may have one. The file is read with
 * the cycle cut where the workbench shows it (its code that sorts first at the top level), until
 * someone moves one of its codes.
 */
export function codeCycleWarnings(codes: ValidRecords['codes']): ImportProblem[] {
  const byId = codesById(codes);
  const nameOf = (id: string) => clipText(byId.get(id)?.record.name ?? id);
  return parentCycles(codes.map((r) => r.record)).map((cycle) => {
    const first = cycle.ids
      .map((id) => byId.get(id) as FileCode)
      .reduce((a, b) => (b.index < a.index ? b : a));
    return {
      path: `codes[${first.index}].parentId`,
      recordId: first.record.id,
      message: `Code parents form a cycle: ${cyclePath(cycle, nameOf)} (coders moved them under each other); “${nameOf(cycle.cut)}” is shown at the top level until one of them is moved`,
    };
  });
}
