import type { ExchangeFile } from './schema';
import type { ImportProblem } from './problems';

/** Tables of an exchange file that hold records with ids. */
export type Table = 'coders' | 'documents' | 'codes' | 'annotations';

/** A record that passed schema validation, with where it was in the file. */
export interface Located<T> {
  index: number;
  record: T;
}

/** The records of a file that are individually valid, with their original positions. */
export interface ValidRecords {
  project: ExchangeFile['project'] | null;
  coders: Located<ExchangeFile['coders'][number]>[];
  documents: Located<ExchangeFile['documents'][number]>[];
  codes: Located<ExchangeFile['codes'][number]>[];
  annotations: Located<ExchangeFile['annotations'][number]>[];
}

const preview = (s: string) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Duplicate ids in one table of a file. Runs on the raw rows, so a duplicate is found even when
 * one of the two records is invalid in other ways.
 */
export function duplicateIdProblems(table: Table, rows: readonly unknown[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') return;
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
 * Checks that go beyond the shape of each record: records point at records
 * that exist (in this file), offsets fit the document, quotes match the text, and the codebook
 * has no parent cycles. Every problem is reported, each with its path and record id.
 */
export function checkReferences(valid: ValidRecords): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const add = (table: Table, index: number, field: string, recordId: string, message: string) =>
    problems.push({ path: `${table}[${index}]${field}`, recordId, message });

  const documents = new Map(valid.documents.map((r) => [r.record.id, r.record]));
  const codes = new Map(valid.codes.map((r) => [r.record.id, r.record]));

  const projectId = valid.project?.id;
  const checkProject = (table: Table, index: number, id: string, recordProjectId: string) => {
    if (projectId !== undefined && recordProjectId !== projectId) {
      add(
        table,
        index,
        '.projectId',
        id,
        `Belongs to project ${recordProjectId}, not ${projectId}`,
      );
    }
  };

  for (const { index, record: d } of valid.documents) {
    checkProject('documents', index, d.id, d.projectId);
    if (d.text !== undefined && d.text.length !== d.charCount) {
      add(
        'documents',
        index,
        '.charCount',
        d.id,
        `Is ${d.charCount}, but the text has ${d.text.length} UTF-16 units`,
      );
    }
    const ranges = [
      ...d.blocks.map((r, k) => ({ r, at: `.blocks[${k}]` })),
      ...d.marks.map((r, k) => ({ r, at: `.marks[${k}]` })),
    ];
    for (const { r, at } of ranges) {
      if (r.end < r.start)
        add('documents', index, `${at}.end`, d.id, `End ${r.end} is before start ${r.start}`);
      else if (r.end > d.charCount) {
        add(
          'documents',
          index,
          `${at}.end`,
          d.id,
          `End ${r.end} is past the end of the text (${d.charCount})`,
        );
      }
    }
  }

  for (const { index, record: c } of valid.codes) {
    checkProject('codes', index, c.id, c.projectId);
    if (c.parentId !== null && !codes.has(c.parentId)) {
      add('codes', index, '.parentId', c.id, `Points to a missing code ${c.parentId}`);
    }
  }
  // Parent cycles: walk up from each code; report each cycle once, at its first code in the file.
  const reported = new Set<string>();
  const indexOf = new Map(valid.codes.map((c) => [c.record.id, c.index]));
  for (const { index, record: c } of valid.codes) {
    const chain: string[] = [c.id];
    const onChain = new Set(chain);
    for (let p = c.parentId; p !== null;) {
      const parent = codes.get(p);
      if (!parent) break;
      if (onChain.has(p)) {
        const cycle = chain.slice(chain.indexOf(p));
        if (p === c.id && !cycle.some((id) => reported.has(id))) {
          cycle.forEach((id) => reported.add(id));
          const first = Math.min(...cycle.map((id) => indexOf.get(id) ?? index));
          const names = [...cycle, p].map((id) => codes.get(id)?.name ?? id).join(' → ');
          const firstId = valid.codes.find((x) => x.index === first)?.record.id ?? c.id;
          add('codes', first, '.parentId', firstId, `Code parents form a cycle: ${names}`);
        }
        break;
      }
      chain.push(p);
      onChain.add(p);
      p = parent.parentId;
    }
  }

  for (const { index, record: a } of valid.annotations) {
    checkProject('annotations', index, a.id, a.projectId);
    const doc = documents.get(a.documentId);
    if (!doc)
      add(
        'annotations',
        index,
        '.documentId',
        a.id,
        `Points to a missing document ${a.documentId}`,
      );
    const seenCodes = new Set<string>();
    a.codeIds.forEach((codeId, k) => {
      if (!codes.has(codeId)) {
        add('annotations', index, `.codeIds[${k}]`, a.id, `Points to a missing code ${codeId}`);
      } else if (seenCodes.has(codeId)) {
        add('annotations', index, `.codeIds[${k}]`, a.id, `Code ${codeId} is listed twice`);
      }
      seenCodes.add(codeId);
    });
    if (a.end <= a.start) {
      add('annotations', index, '.end', a.id, `End ${a.end} must be after start ${a.start}`);
      continue;
    }
    if (!doc) continue;
    const length = doc.text?.length ?? doc.charCount;
    if (a.end > length) {
      add(
        'annotations',
        index,
        '.end',
        a.id,
        `End ${a.end} is past the end of the document (${length})`,
      );
      continue;
    }
    if (doc.text !== undefined) {
      const actual = doc.text.slice(a.start, a.end);
      if (actual !== a.quote) {
        add(
          'annotations',
          index,
          '.quote',
          a.id,
          `Quote ${preview(a.quote)} differs from the document text at ${a.start}-${a.end}: ${preview(actual)}`,
        );
      }
    } else if (a.quote.length !== a.end - a.start) {
      add(
        'annotations',
        index,
        '.quote',
        a.id,
        `Quote has ${a.quote.length} UTF-16 units but the span ${a.start}-${a.end} has ${a.end - a.start}`,
      );
    }
  }
  return problems;
}
