import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { invertPatch, type PatchRecord, type PatchTable, type RecordPatch } from './record-patch';
import type { Code } from '../model/types';

type Store = Map<string, PatchRecord>;
const key = (table: PatchTable, id: string) => `${table}/${id}`;

/** A minimal store that applies a patch the way the storage layer does (checked, strict). */
function applyPatch(store: Store, patch: RecordPatch): Store {
  const next = new Map(store);
  for (const change of patch) {
    const record = change.after ?? change.before;
    if (!record) continue;
    const k = key(change.table, record.id);
    expect(next.get(k)).toEqual(change.before ?? undefined);
    if (change.after) next.set(k, change.after);
    else next.delete(k);
  }
  return next;
}

const code = (id: string, name: string): Code => ({
  id,
  projectId: 'p',
  parentId: null,
  name,
  color: '#000000',
  description: '',
  hotkey: null,
  order: 0,
  memo: '',
  createdBy: 'c',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'c',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
});

/** Builds a random store and a random valid patch against it (creates, edits, removals). */
const storeAndPatch = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 8 }),
    fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
        op: fc.constantFrom('edit', 'remove', 'create'),
        name: fc.string(),
      }),
      { maxLength: 20 },
    ),
  )
  .map(([ids, ops]) => {
    const store: Store = new Map(ids.map((id) => [key('codes', id), code(id, id)]));
    const current = new Map(store);
    const patch: RecordPatch = [];
    for (const op of ops) {
      const k = key('codes', op.id);
      const before = current.get(k) ?? null;
      let after: PatchRecord | null;
      if (op.op === 'remove') after = null;
      else after = { ...(before ?? code(op.id, op.name)), name: op.name } as Code;
      if (!before && !after) continue;
      patch.push({ table: 'codes', before, after });
      if (after) current.set(k, after);
      else current.delete(k);
    }
    return { store, patch };
  });

describe('invertPatch', () => {
  it('swaps before and after and reverses the order', () => {
    const a = code('a', 'A');
    const b = code('b', 'B');
    const patch: RecordPatch = [
      { table: 'codes', before: null, after: a },
      { table: 'codes', before: b, after: null },
    ];
    expect(invertPatch(patch)).toEqual([
      { table: 'codes', before: null, after: b },
      { table: 'codes', before: a, after: null },
    ]);
  });

  it('law: applying a patch then its inverse gives back the original store', () => {
    fc.assert(
      fc.property(storeAndPatch, ({ store, patch }) => {
        const changed = applyPatch(store, patch);
        const restored = applyPatch(changed, invertPatch(patch));
        expect(restored).toEqual(store);
      }),
    );
  });

  it('law: inverting twice is the identity', () => {
    fc.assert(
      fc.property(storeAndPatch, ({ patch }) => {
        expect(invertPatch(invertPatch(patch))).toEqual(patch);
      }),
    );
  });
});
