import fc from 'fast-check';
import { parsePlainText } from '../../../corpus/plain-text';
import { quoteContext } from '../../../anchoring/quote-context';
import type { ProjectSnapshot } from '../../../model/snapshot';
import type { Annotation, Code, Stamped } from '../../../model/types';

/** Pieces of text: emoji (with skin tone, ZWJ), combining marks, CJK, XML specials, newlines. */
const TEXT_UNITS = [
  'a',
  'b',
  'Z',
  ' ',
  '\n',
  'é',
  'e\u0301',
  '😀',
  '👍🏽',
  '👩‍👩‍👧',
  '中文',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\t',
  '.',
  '1',
];
/** Memos, names and descriptions may also hold CR (escaped in XML, so kept). */
const MEMO_UNITS = [...TEXT_UNITS, '\r', '\r\n'];

const text = (units: string[], minLength = 0) =>
  fc.array(fc.constantFrom(...units), { minLength, maxLength: 40 }).map((parts) => parts.join(''));
const memo = fc.oneof(
  fc.constant(''),
  text(MEMO_UNITS).map((s) => `m${s}`),
);
const name = text(MEMO_UNITS).map((s) => `n${s}`);
const time = fc
  .integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-01-01') })
  .map((ms) => new Date(ms).toISOString());
const colour = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, '0')}`);

/**
 * Whole, live projects as REFI-QDA can carry them: coders; a code tree with colours,
 * descriptions and memos; CRLF-free documents with emoji and combining marks; annotations on
 * code-point boundaries (REFI counts code points), at most one per span and coder, with any
 * subset of codes and a memo; a project memo. Test support for the round-trip property.
 */
export const refiSnapshotArbitrary: fc.Arbitrary<ProjectSnapshot> = fc
  .record({
    ids: fc.uniqueArray(fc.uuid(), { minLength: 40, maxLength: 40 }),
    coderNames: fc.array(name, { minLength: 1, maxLength: 3 }),
    codes: fc.array(
      fc.record({
        parent: fc.nat(),
        top: fc.boolean(),
        name,
        colour,
        description: fc.oneof(fc.constant(''), name),
        memo,
      }),
      { maxLength: 8 },
    ),
    documents: fc.array(
      fc.record({
        name,
        text: text(TEXT_UNITS, 1),
        memo,
        attributes: fc.dictionary(name, fc.oneof(fc.constant(''), memo), { maxKeys: 3 }),
        annotations: fc.array(
          fc.record({
            a: fc.nat(),
            b: fc.nat(),
            coder: fc.nat(),
            codes: fc.array(fc.nat(), { maxLength: 3 }),
            memo,
            at: time,
          }),
          { maxLength: 6 },
        ),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    project: fc.record({ name, memo, at: time }),
  })
  .map(({ ids, coderNames, codes, documents, project }) => {
    let next = 0;
    const id = () => ids[next++ % ids.length] as string;
    const projectId = id();
    const coders = coderNames.map((n) => ({ id: id(), name: n, createdAt: project.at }));
    const coderId = (k: number) => (coders[k % coders.length] as { id: string }).id;
    const stamp = (by: string, at: string): Stamped => ({
      id: '',
      createdBy: by,
      createdAt: at,
      updatedBy: by,
      updatedAt: at,
      deleted: false,
    });
    const codeRecords: Code[] = [];
    codes.forEach((c, k) => {
      const parentId = c.top || k === 0 ? null : (codeRecords[c.parent % k] as Code).id;
      const order = codeRecords.filter((x) => x.parentId === parentId).length;
      codeRecords.push({
        ...stamp(coderId(k), project.at),
        id: id(),
        projectId,
        parentId,
        name: c.name,
        color: c.colour,
        description: c.description,
        hotkey: null,
        order,
        memo: c.memo,
      });
    });
    const annotations: Annotation[] = [];
    const docs = documents.map((d) => {
      const documentId = id();
      const cps = Array.from(d.text);
      const offsets = [0];
      for (const cp of cps) offsets.push((offsets[offsets.length - 1] as number) + cp.length);
      const taken = new Set<string>();
      for (const a of d.annotations) {
        const i = a.a % cps.length;
        const j = a.b % cps.length;
        const start = offsets[Math.min(i, j)] as number;
        const end = offsets[Math.max(i, j) + 1] as number;
        const coder = coderId(a.coder);
        if (taken.has(`${start}:${end}:${coder}`)) continue;
        taken.add(`${start}:${end}:${coder}`);
        const codeIds = [
          ...new Set(
            a.codes
              .filter(() => codeRecords.length > 0)
              .map((n) => (codeRecords[n % codeRecords.length] as Code).id),
          ),
        ];
        annotations.push({
          ...stamp(coder, a.at),
          id: id(),
          projectId,
          documentId,
          start,
          end,
          ...quoteContext(d.text, start, end),
          codeIds,
          memo: a.memo,
        });
      }
      return {
        ...stamp(coderId(0), project.at),
        id: documentId,
        projectId,
        name: d.name,
        format: 'txt' as const,
        text: d.text,
        ...parsePlainText(d.text),
        contentHash: '0'.repeat(64),
        byteSize: new TextEncoder().encode(d.text).length,
        charCount: d.text.length,
        encoding: 'utf-8',
        encodingFallback: false,
        importedAt: project.at,
        memo: d.memo,
        ...(Object.keys(d.attributes).length > 0 ? { attributes: d.attributes } : {}),
      };
    });
    return {
      project: {
        ...stamp(coderId(0), project.at),
        id: projectId,
        name: project.name,
        memo: project.memo,
      },
      coders,
      documents: docs,
      codes: codeRecords,
      annotations,
      purged: [],
    };
  });
