import { rangeOrderProblems, rangeProblems } from '../corpus/block-invariants';
import { annotationProblems } from './check-annotations';
import type { ImportProblem } from './problems';
import type { ExchangeDocument, ExchangeFile } from './schema';
import type { Located } from './valid-records';

/**
 * Unresolved conflicts hold other versions of records, and resolving one makes that version live,
 * so the versions that carry offsets must fit the text too: an annotation version its document
 * (the same checks as live annotations, except the codes it names: one may since have been
 * purged), a document version's blocks and marks the live
 * document's text (a document's text never changes between versions).
 */
export function conflictProblems(
  conflicts: ExchangeFile['conflicts'],
  documents: ReadonlyMap<string, ExchangeDocument>,
): ImportProblem[] {
  const annotations: Located<ExchangeFile['annotations'][number]>[] = [];
  const problems: ImportProblem[] = [];
  conflicts.forEach((conflict, index) => {
    if (conflict.kind === 'annotation') annotations.push({ index, record: conflict.record });
    if (conflict.kind !== 'document') return;
    const d = conflict.record;
    const live = documents.get(d.id);
    const text = live?.text;
    const found =
      text === undefined
        ? rangeOrderProblems(live?.charCount ?? d.charCount, d.blocks, d.marks)
        : rangeProblems(text, d.blocks, d.marks);
    for (const p of found) {
      problems.push({
        path: `conflicts[${index}].record.${p.path}`,
        recordId: d.id,
        message: p.message,
      });
    }
  });
  problems.push(
    ...annotationProblems(annotations, documents, null, (i) => `conflicts[${i}].record`),
  );
  return problems;
}
