import fc from 'fast-check';
import { clampSpan } from '../../anchoring/span';
import type { RecordConflict } from '../../model/conflict';
import { withRevision } from '../../model/revision';
import type { PurgedRecord } from '../../model/snapshot';
import type { Annotation, Code, Coder, Project, Stamped } from '../../model/types';
import type { ExportInput } from '../export';
import type { ExchangeDocument } from '../schema';

/**
 * fast-check generator of whole, referentially sound projects for property tests: unicode and
 * emoji texts, overlapping spans (widened to whole code points), nested codes, memos,
 * tombstones, several coders, records with and without revision histories (version 1 and 2),
 * purge tombstones and unresolved conflicts. Test support only; nothing in the app imports it.
 */
export const projectArbitrary: fc.Arbitrary<ExportInput> = fc
  .record({
    coderIds: fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 4 }),
    names: fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 4, maxLength: 4 }),
    projectId: fc.uuid(),
    docs: fc.array(
      fc.record({
        id: fc.uuid(),
        text: fc.string({
          unit: fc.oneof(
            fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
            fc.constantFrom(
              '😀',
              '👍🏽',
              '👩‍👩‍👧',
              'é',
              'e\u0301',
              '\n',
              ' ',
              '中文',
              '"',
              '\\',
              '\u2028',
            ),
          ),
          maxLength: 60,
        }),
        format: fc.constantFrom<'txt' | 'md'>('txt', 'md'),
        hash: fc.stringMatching(/^[0-9a-f]{64}$/),
        sourcePath: fc.option(fc.string(), { nil: undefined }),
        memo: fc.string({ unit: 'grapheme', maxLength: 20 }),
        deleted: fc.boolean(),
        encodingFallback: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    codes: fc.array(
      fc.record({
        id: fc.uuid(),
        parent: fc.nat(),
        hasParent: fc.boolean(),
        name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
        color: fc.stringMatching(/^#[0-9a-f]{6}$/),
        hotkey: fc.option(fc.constantFrom('1', '2', 'a'), { nil: null }),
        order: fc.integer({ min: -5, max: 20 }),
        memo: fc.string({ maxLength: 20 }),
        deleted: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    annotations: fc.array(
      fc.record({
        id: fc.uuid(),
        doc: fc.nat(),
        a: fc.nat(),
        b: fc.nat(),
        codes: fc.array(fc.nat(), { maxLength: 3 }),
        memo: fc.string({ unit: 'grapheme', maxLength: 20 }),
        deleted: fc.boolean(),
        coder: fc.nat(),
        derivedFrom: fc.array(fc.nat(), { maxLength: 3 }),
      }),
      { maxLength: 20 },
    ),
    revised: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    purged: fc.array(
      fc.record({
        kind: fc.constantFrom<PurgedRecord['kind']>('document', 'code', 'annotation'),
        id: fc.uuid(),
        coder: fc.nat(),
      }),
      { maxLength: 3 },
    ),
    conflictMemos: fc.array(fc.option(fc.string({ maxLength: 10 }), { nil: null }), {
      maxLength: 6,
    }),
    stamp: fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
      .map((t) => new Date(t).toISOString()),
  })
  .map((g): ExportInput => {
    const stamp = (coder: number, deleted = false) => {
      const id = g.coderIds[coder % g.coderIds.length] as string;
      return { createdBy: id, createdAt: g.stamp, updatedBy: id, updatedAt: g.stamp, deleted };
    };
    const coders: Coder[] = g.coderIds.map((id, i) => ({
      id,
      name: g.names[i % g.names.length] as string,
      createdAt: g.stamp,
    }));
    const project: Project = { id: g.projectId, ...stamp(0), name: 'Projekt ✨', memo: 'memo' };
    const uniqueDocs = [...new Map(g.docs.map((d) => [d.id, d])).values()];
    const documents: ExchangeDocument[] = uniqueDocs.map((d, i) => ({
      id: d.id,
      ...stamp(i, d.deleted),
      projectId: g.projectId,
      name: `doc ${i}.${d.format}`,
      format: d.format,
      text: d.text,
      blocks: d.text.length ? [{ kind: 'paragraph', start: 0, end: d.text.length }] : [],
      // Import refuses a mark ending inside a surrogate pair, so a leading emoji is marked whole.
      marks:
        d.text.length > 1
          ? [{ kind: 'emphasis', start: 0, end: clampSpan(d.text, { start: 0, end: 1 }).end }]
          : [],
      contentHash: d.hash,
      byteSize: new TextEncoder().encode(d.text).length,
      charCount: d.text.length,
      encoding: 'utf-8',
      encodingFallback: d.encodingFallback,
      ...(d.sourcePath !== undefined ? { sourcePath: d.sourcePath } : {}),
      importedAt: g.stamp,
      memo: d.memo,
    }));
    const uniqueCodes = [...new Map(g.codes.map((c) => [c.id, c])).values()];
    const codes: Code[] = uniqueCodes.map((c, i) => ({
      id: c.id,
      ...stamp(i, c.deleted),
      projectId: g.projectId,
      // Parents only among earlier codes, so there are no cycles.
      parentId: c.hasParent && i > 0 ? (uniqueCodes[c.parent % i] as { id: string }).id : null,
      name: c.name,
      color: c.color,
      description: `About ${c.name}`,
      hotkey: c.hotkey,
      order: c.order,
      memo: c.memo,
    }));
    const withText = documents.filter((d) => (d.text ?? '').length > 0);
    const annotations: Annotation[] = [];
    for (const a of g.annotations) {
      const doc = withText[a.doc % Math.max(1, withText.length)];
      if (!doc || doc.text === undefined) break;
      const len = doc.text.length;
      const x = a.a % len;
      const y = a.b % len;
      // Whole code points: import refuses an end inside a surrogate pair.
      const { start, end } = clampSpan(doc.text, {
        start: Math.min(x, y),
        end: Math.max(x, y) + 1,
      });
      annotations.push({
        id: a.id,
        ...stamp(a.coder, a.deleted),
        projectId: g.projectId,
        documentId: doc.id,
        start,
        end,
        quote: doc.text.slice(start, end),
        prefix: doc.text.slice(Math.max(0, start - 32), start),
        suffix: doc.text.slice(end, end + 32),
        codeIds: [
          ...new Set(
            a.codes.filter(() => codes.length > 0).map((k) => (codes[k % codes.length] as Code).id),
          ),
        ],
        memo: a.memo,
        // Provenance (exchange version 3): some earlier annotations, as adjudication makes it.
        ...derivedFromEarlier(annotations, a.derivedFrom, a.id),
      });
    }
    const uniqueAnnotations = [...new Map(annotations.map((a) => [a.id, a])).values()];
    // Some records carry revision histories (edited since version 2), others none (version 1).
    let k = 0;
    const revise = <T extends Stamped>(r: T): T => {
      const edited = g.revised[k++ % g.revised.length] ? withRevision(null, r) : r;
      return g.revised[k % g.revised.length] ? withRevision(edited, { ...edited }) : edited;
    };
    const revisedAnnotations = uniqueAnnotations.map(revise);
    const conflicts: RecordConflict[] = [];
    revisedAnnotations.forEach((a, i) => {
      const memo = g.conflictMemos[i];
      if (memo === undefined || memo === null) return;
      const coder = g.coderIds[i % g.coderIds.length] as string;
      conflicts.push({
        kind: 'annotation',
        record: withRevision(a, { ...a, memo: `${a.memo}|${memo}`, updatedBy: coder }),
      });
    });
    const live = new Set([...documents, ...codes, ...uniqueAnnotations].map((r) => r.id));
    const purged: PurgedRecord[] = [
      ...new Map(
        g.purged
          .filter((p) => !live.has(p.id))
          .map((p): [string, PurgedRecord] => [
            p.id,
            {
              kind: p.kind,
              id: p.id,
              projectId: g.projectId,
              purgedBy: g.coderIds[p.coder % g.coderIds.length] as string,
              purgedAt: g.stamp,
            },
          ]),
      ).values(),
    ];
    return {
      exportedBy: { coderId: g.coderIds[0] as string, name: coders[0]?.name ?? '' },
      project: revise(project),
      coders,
      documents: documents.map(revise),
      codes: codes.map(revise),
      annotations: revisedAnnotations,
      purged,
      conflicts,
    };
  });

/** `derivedFrom` naming some of the annotations made so far (none: no field), never `self`. */
function derivedFromEarlier(
  earlier: readonly Annotation[],
  picks: readonly number[],
  self: string,
): { derivedFrom?: string[] } {
  if (earlier.length === 0) return {};
  const ids = [...new Set(picks.map((k) => (earlier[k % earlier.length] as Annotation).id))].filter(
    (id) => id !== self,
  );
  return ids.length > 0 ? { derivedFrom: ids } : {};
}
