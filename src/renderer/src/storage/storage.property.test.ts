import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, Code } from '../../../core/model/types';
import { openDatabase } from './database';
import { createStorage, type Storage } from './storage';
import { isolatedIdb, makeAnnotation, makeCode, reopen } from './test-fixtures';

/**
 * Fuzz: random sequences of puts, tombstones, restores, purges and reloads, applied both to
 * storage and to a plain Map model, must give the same listings, trash and counts.
 */

// Small id pools, so operations often hit the same records (edits, deletes, purges of one record).
const CODE_IDS = ['c0', 'c1', 'c2'];
const ANNOTATION_IDS = ['a0', 'a1', 'a2'];
const DOCUMENT_IDS = ['d0', 'd1'];
const P = 'p';

type Table = 'codes' | 'annotations';
type Op =
  | { kind: 'putCode'; id: string; name: string; parent: string | null }
  | { kind: 'putAnnotation'; id: string; documentId: string; codeIds: string[]; start: number }
  | { kind: 'tombstone' | 'restore' | 'purge'; table: Table; index: number }
  | { kind: 'reload' };

const trashOpArb = (table: Table): fc.Arbitrary<Op> =>
  fc.record({
    kind: fc.constantFrom('tombstone' as const, 'restore' as const, 'purge' as const),
    table: fc.constant(table),
    index: fc.nat(2),
  });

// Weighted so that tombstone-then-purge of a referenced code happens often within a run.
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('putCode' as const),
      id: fc.constantFrom(...CODE_IDS),
      name: fc.string({ maxLength: 5 }),
      parent: fc.option(fc.constantFrom(...CODE_IDS), { nil: null }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('putAnnotation' as const),
      id: fc.constantFrom(...ANNOTATION_IDS),
      documentId: fc.constantFrom(...DOCUMENT_IDS),
      codeIds: fc.uniqueArray(fc.constantFrom(...CODE_IDS), { maxLength: 3 }),
      start: fc.nat(100),
    }),
  },
  { weight: 4, arbitrary: trashOpArb('codes') },
  { weight: 3, arbitrary: trashOpArb('annotations') },
  { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
);

interface Model {
  codes: Map<string, Code>;
  annotations: Map<string, Annotation>;
}

const stampAt = (step: number) => `2026-01-01T00:00:${String(step % 60).padStart(2, '0')}.000Z`;
const sorted = <T extends { id: string }>(rows: Iterable<T>) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id));
const idFor = (table: Table, index: number) =>
  (table === 'codes' ? CODE_IDS : ANNOTATION_IDS)[index]!;

/** What purging does, written as plainly as possible over the model. */
function purgeInModel(model: Model, table: Table, id: string): void {
  if (table === 'annotations') {
    model.annotations.delete(id);
    return;
  }
  const code = model.codes.get(id)!;
  for (const [k, c] of model.codes)
    if (c.parentId === id) model.codes.set(k, { ...c, parentId: code.parentId });
  for (const [k, a] of model.annotations) {
    if (a.codeIds.includes(id))
      model.annotations.set(k, { ...a, codeIds: a.codeIds.filter((c) => c !== id) });
  }
  model.codes.delete(id);
}

async function run(
  storage: Storage,
  model: Model,
  op: Op,
  step: number,
  idb: ReturnType<typeof isolatedIdb>,
) {
  const now = stampAt(step);
  switch (op.kind) {
    case 'putCode': {
      const code = { ...makeCode(P, op.name, op.id, op.parent), updatedAt: now };
      model.codes.set(code.id, code);
      await storage.putCodes([code]);
      return storage;
    }
    case 'putAnnotation': {
      const a = {
        ...makeAnnotation(P, op.documentId, op.codeIds, op.id),
        start: op.start,
        updatedAt: now,
      };
      model.annotations.set(a.id, a);
      await storage.putAnnotations([a]);
      return storage;
    }
    case 'tombstone': {
      const map = model[op.table] as Map<string, Code | Annotation>;
      const record = map.get(idFor(op.table, op.index));
      if (!record) return storage;
      const deleted = { ...record, deleted: true, updatedAt: now };
      map.set(record.id, deleted);
      if (op.table === 'codes') await storage.putCodes([deleted as Code]);
      else await storage.putAnnotations([deleted as Annotation]);
      return storage;
    }
    case 'restore': {
      const map = model[op.table] as Map<string, Code | Annotation>;
      const id = idFor(op.table, op.index);
      const record = map.get(id);
      const expected = record?.deleted === true;
      if (record && expected)
        map.set(id, { ...record, deleted: false, updatedBy: 'restorer', updatedAt: now });
      expect(await storage.restore(op.table, id, 'restorer', now)).toBe(expected);
      return storage;
    }
    case 'purge': {
      const id = idFor(op.table, op.index);
      const expected = model[op.table].get(id)?.deleted === true;
      if (expected) purgeInModel(model, op.table, id);
      expect(await storage.purge(op.table, id)).toBe(expected);
      return storage;
    }
    case 'reload':
      return reopen(storage.db, idb);
  }
}

async function expectSame(storage: Storage, model: Model): Promise<void> {
  expect(sorted(await storage.listCodes(P))).toEqual(sorted(model.codes.values()));
  for (const d of DOCUMENT_IDS) {
    const expected = [...model.annotations.values()].filter((a) => a.documentId === d);
    expect(sorted(await storage.listAnnotations(d))).toEqual(sorted(expected));
  }
  const trash = await storage.listTrash(P);
  expect(sorted(trash.codes)).toEqual(sorted([...model.codes.values()].filter((c) => c.deleted)));
  expect(sorted(trash.annotations)).toEqual(
    sorted([...model.annotations.values()].filter((a) => a.deleted)),
  );

  const byDocument = new Map<string, number>();
  const byCode = new Map<string, number>();
  for (const a of model.annotations.values()) {
    if (a.deleted) continue;
    byDocument.set(a.documentId, (byDocument.get(a.documentId) ?? 0) + 1);
    for (const c of a.codeIds) byCode.set(c, (byCode.get(c) ?? 0) + 1);
  }
  expect(await storage.countAnnotationsByDocument(P)).toEqual(byDocument);
  expect(await storage.countAnnotationsByCode(P)).toEqual(byCode);
}

describe('storage against a Map model', () => {
  it('gives the same listings, trash and counts after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 5, maxLength: 30, size: 'max' }),
        async (ops) => {
          const idb = isolatedIdb();
          let storage = createStorage(openDatabase(idb));
          const model: Model = { codes: new Map(), annotations: new Map() };
          for (const [step, op] of ops.entries())
            storage = await run(storage, model, op, step, idb);
          await expectSame(storage, model);
          storage.close();
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000); // many fresh databases: slow on a loaded 2-core machine, not a timing assertion
});
