import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../model/snapshot';
import { exportQdpx } from './export-qdpx';
import { importRefiQda } from './import-refi';
import { refiSnapshotArbitrary } from './test-support/snapshot-arbitrary';

const options = { now: '2026-11-30T00:00:00.000Z', newId: () => crypto.randomUUID() };

/** Everything REFI-QDA carries of a snapshot, in a form that compares independently of order. */
function carried(s: ProjectSnapshot) {
  const siblings = (parentId: string | null) =>
    s.codes
      .filter((c) => c.parentId === parentId)
      .sort((a, b) => a.order - b.order)
      .map((c) => c.id);
  return {
    project: { name: s.project.name, memo: s.project.memo },
    coders: s.coders
      .map((c) => ({ id: c.id, name: c.name }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    documents: s.documents
      .map((d) => ({
        id: d.id,
        name: d.name,
        text: d.text,
        memo: d.memo,
        attributes: d.attributes,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    codes: s.codes
      .map((c) => ({
        id: c.id,
        parentId: c.parentId,
        name: c.name,
        color: c.color,
        description: c.description,
        memo: c.memo,
        siblings: siblings(c.id),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    topCodes: siblings(null),
    annotations: s.annotations
      .map((a) => ({
        id: a.id,
        documentId: a.documentId,
        start: a.start,
        end: a.end,
        quote: a.quote,
        prefix: a.prefix,
        suffix: a.suffix,
        codeIds: a.codeIds,
        createdBy: a.createdBy,
        createdAt: a.createdAt,
        memo: a.memo,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

describe('Marginalia → QDPX → Marginalia', () => {
  it('keeps documents, the code tree, annotations (spans, codes, coders, memos) and the project memo', async () => {
    await fc.assert(
      fc.asyncProperty(refiSnapshotArbitrary, async (snapshot) => {
        const { bytes, warnings } = exportQdpx(snapshot);
        expect(warnings).toEqual([]);
        const back = await importRefiQda(bytes, 'round-trip.qdpx', options);
        expect(carried(back.snapshot)).toEqual(carried(snapshot));
        expect(back.report.notCarried).toEqual([]);
      }),
      { numRuns: 150, seed: 1130 },
    );
  }, 60_000);
});
