import { annotationProblems } from './check-annotations';
import { codeTreeProblems } from './check-codes';
import { documentProblems } from './check-documents';
import { safeRecordId } from './issue-message';
import type { ImportProblem } from './problems';
import type { Located, Table, ValidRecords } from './valid-records';

export type { Located, Table, ValidRecords } from './valid-records';

/**
 * Duplicate ids in one table of a file. Runs on the raw rows, so a duplicate is found even when
 * one of the two records is invalid in other ways.
 */
export function duplicateIdProblems(table: Table, rows: readonly unknown[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    // An id the schema would refuse is reported there; it is not echoed here.
    const id = safeRecordId(row);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else {
      problems.push({
        path: `${table}[${index}].id`,
        recordId: id,
        message: `Duplicate id: also used by ${table}[${first}]`,
      });
    }
  });
  return problems;
}

/**
 * Checks that go beyond the shape of each record: records point at records that exist (in this
 * file) and belong to the file's project, documents can be shown whole (`documentProblems`),
 * annotations fit their document's text (`annotationProblems`), and the codebook is a tree no
 * deeper than the limit (`codeTreeProblems`; a parent cycle is only a warning, see
 * `codeCycleWarnings`). Every problem is reported, each with its path and
 * record id. Linear in the size of the file (plus a log factor for marks).
 */
export function checkReferences(valid: ValidRecords): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const projectId = valid.project?.id;
  const checkProject = <T extends { id: string; projectId: string }>(
    table: Table,
    rows: readonly Located<T>[],
  ) => {
    if (projectId === undefined) return;
    for (const { index, record } of rows) {
      if (record.projectId !== projectId) {
        problems.push({
          path: `${table}[${index}].projectId`,
          recordId: record.id,
          message: `Belongs to project ${record.projectId}, not ${projectId}`,
        });
      }
    }
  };
  checkProject('documents', valid.documents);
  checkProject('codes', valid.codes);
  checkProject('annotations', valid.annotations);
  problems.push(...documentProblems(valid.documents));
  problems.push(...codeTreeProblems(valid.codes));
  const documents = new Map(valid.documents.map((r) => [r.record.id, r.record]));
  const codeIds = new Set(valid.codes.map((r) => r.record.id));
  problems.push(...annotationProblems(valid.annotations, documents, codeIds));
  return problems;
}
