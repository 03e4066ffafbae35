import { splitsSurrogatePair } from '../anchoring/span';
import type { ExchangeDocument } from './schema';
import type { ValidRecords } from './valid-records';
import { previewText } from './describe-value';
import type { ImportProblem } from './problems';

/**
 * What would stop an annotation from being shown or re-anchored: a missing document or code, a
 * code listed twice, a source listed twice in `derivedFrom` or the annotation as its own source
 * (sources need not be in the file: a consensus export leaves the coders' annotations out), an empty or reversed span, an end past the text, an end inside a surrogate
 * pair, and a quote, prefix or suffix that is not the text at and around its offsets (with no
 * text in the file, at least their lengths must fit). `codeIds` null skips the code references.
 * `pathOf` says where a record is (by default
 * in `annotations`; conflicting versions are elsewhere).
 */
export function annotationProblems(
  annotations: ValidRecords['annotations'],
  documents: ReadonlyMap<string, ExchangeDocument>,
  codeIds: ReadonlySet<string> | null,
  pathOf: (index: number) => string = (index) => `annotations[${index}]`,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { index, record: a } of annotations) {
    const add = (field: string, message: string) =>
      problems.push({ path: `${pathOf(index)}${field}`, recordId: a.id, message });
    const doc = documents.get(a.documentId);
    if (!doc) add('.documentId', `Points to a missing document ${a.documentId}`);
    const seen = new Set<string>();
    a.codeIds.forEach((codeId, k) => {
      if (codeIds && !codeIds.has(codeId))
        add(`.codeIds[${k}]`, `Points to a missing code ${codeId}`);
      else if (seen.has(codeId)) add(`.codeIds[${k}]`, `Code ${codeId} is listed twice`);
      seen.add(codeId);
    });
    const sources = new Set<string>();
    a.derivedFrom?.forEach((sourceId, k) => {
      if (sourceId === a.id) add(`.derivedFrom[${k}]`, 'An annotation cannot derive from itself');
      else if (sources.has(sourceId)) add(`.derivedFrom[${k}]`, `${sourceId} is listed twice`);
      sources.add(sourceId);
    });
    if (a.end <= a.start) {
      add('.end', `End ${a.end} must be after start ${a.start}`);
      continue;
    }
    if (!doc) continue;
    const text = doc.text;
    const length = text?.length ?? doc.charCount;
    if (a.end > length) {
      add('.end', `End ${a.end} is past the end of the document (${length})`);
      continue;
    }
    if (text === undefined) {
      if (a.quote.length !== a.end - a.start) {
        add(
          '.quote',
          `Quote has ${a.quote.length} UTF-16 units but the span ${a.start}-${a.end} has ${a.end - a.start}`,
        );
      }
      if (a.prefix.length > a.start)
        add('.prefix', `Prefix is longer than the text before ${a.start}`);
      if (a.suffix.length > length - a.end)
        add('.suffix', `Suffix is longer than the text after ${a.end}`);
      continue;
    }
    for (const [field, offset] of [
      ['.start', a.start],
      ['.end', a.end],
    ] as const) {
      if (splitsSurrogatePair(text, offset)) {
        add(field, `${offset} splits a character in two (a UTF-16 surrogate pair)`);
      }
    }
    const actual = text.slice(a.start, a.end);
    if (actual !== a.quote) {
      add(
        '.quote',
        `Quote ${previewText(a.quote)} differs from the document text at ${a.start}-${a.end}: ${previewText(actual)}`,
      );
    }
    if (a.prefix.length > a.start || text.slice(a.start - a.prefix.length, a.start) !== a.prefix) {
      add('.prefix', `Prefix ${previewText(a.prefix)} is not the text just before ${a.start}`);
    }
    if (text.slice(a.end, a.end + a.suffix.length) !== a.suffix) {
      add('.suffix', `Suffix ${previewText(a.suffix)} is not the text just after ${a.end}`);
    }
  }
  return problems;
}
