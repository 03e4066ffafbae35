import { rangeOrderProblems, rangeProblems } from '../corpus/block-invariants';
import type { ValidRecords } from './valid-records';
import type { ImportProblem } from './problems';

/**
 * What would stop the workbench from showing a document whole: a `charCount` that is not the
 * text's length, and the corpus range invariants (`rangeProblems`: blocks inside the text, in
 * order, not overlapping, covering every non-whitespace character; marks non-empty, in order,
 * inside one block; no boundary inside a surrogate pair). A document exported without its text
 * is checked against its `charCount` as far as that allows.
 */
export function documentProblems(documents: ValidRecords['documents']): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { index, record: d } of documents) {
    const at = `documents[${index}]`;
    if (d.text !== undefined && d.text.length !== d.charCount) {
      problems.push({
        path: `${at}.charCount`,
        recordId: d.id,
        message: `Is ${d.charCount}, but the text has ${d.text.length} UTF-16 units`,
      });
    }
    const found =
      d.text === undefined
        ? rangeOrderProblems(d.charCount, d.blocks, d.marks)
        : rangeProblems(d.text, d.blocks, d.marks);
    for (const p of found) {
      problems.push({ path: `${at}.${p.path}`, recordId: d.id, message: p.message });
    }
  }
  return problems;
}
