import type { ProjectSnapshot } from '../model/snapshot';
import { checkReferences } from './check-references';
import { conflictProblems } from './check-conflicts';
import type { ImportProblem } from './problems';
import type { ExchangeFile } from './schema';

/**
 * The checks an exchange file's records go through (`checkReferences`, `conflictProblems`: every
 * document can be shown whole, every annotation anchored, the codebook is a tree within the depth
 * limit), for a snapshot that came in another way: a REFI-QDA or W3C import, a restored backup,
 * a merge result. Paths name the snapshot's lists (`documents[2].blocks`). Empty when sound.
 */
export function snapshotProblems(snapshot: ProjectSnapshot): ImportProblem[] {
  const located = <T>(rows: readonly T[]) => rows.map((record, index) => ({ index, record }));
  // The model's records and the schema's inferred ones are the same shape under other names.
  const documents = snapshot.documents as ExchangeFile['documents'];
  const problems = checkReferences({
    project: snapshot.project,
    coders: located(snapshot.coders),
    documents: located(documents),
    codes: located(snapshot.codes),
    annotations: located(snapshot.annotations),
  });
  const byId = new Map(documents.map((d) => [d.id, d]));
  problems.push(...conflictProblems((snapshot.conflicts ?? []) as ExchangeFile['conflicts'], byId));
  return problems;
}
