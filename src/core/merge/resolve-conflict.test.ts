import { describe, expect, it } from 'vitest';
import { versionId } from '../model/revision';
import type { ProjectSnapshot } from '../model/snapshot';
import { mergeSnapshots } from './merge-snapshots';
import { resolveConflict } from './resolve-conflict';
import { edited, sampleSnapshot, withAnnotation } from './test-support/snapshots';

const base = sampleSnapshot();
const a1 = base.annotations[0]!;
const ctx = { coderId: 'cy', now: '2026-12-02T09:00:00.000Z' };
const ada = withAnnotation(
  base,
  edited(a1, 'ada', '2026-12-01T11:00:00.000Z', { memo: 'ada', codeIds: ['c2'] }),
);
const bob = withAnnotation(
  base,
  edited(a1, 'bob', '2026-12-01T10:00:00.000Z', { memo: 'bob', codeIds: ['c3'] }),
);
const merged = mergeSnapshots(ada, bob).snapshot;
const loser = merged.conflicts[0]!;

/** After resolving, merging either coder's file again brings no conflict back. */
function settledFor(resolved: ProjectSnapshot) {
  for (const file of [ada, bob]) {
    const again = mergeSnapshots(resolved, file);
    expect(again.snapshot.conflicts).toEqual([]);
    expect(again.changes.records).toEqual([]);
  }
}

describe('resolveConflict', () => {
  it('picks the losing version: it becomes live, one revision on, and the conflict is gone', () => {
    const { snapshot, changes, resolved } = resolveConflict(
      merged,
      'annotation',
      a1.id,
      { type: 'pick', versionId: versionId(loser.record) },
      ctx,
    );
    const live = snapshot.annotations.find((a) => a.id === a1.id)!;
    expect(live).toMatchObject({
      memo: 'bob',
      codeIds: ['c3'],
      updatedBy: 'cy',
      updatedAt: ctx.now,
    });
    expect(live.revs).toEqual(
      expect.arrayContaining([versionId(loser.record), versionId(merged.annotations[0]!)]),
    );
    expect(snapshot.conflicts).toEqual([]);
    expect(resolved).toEqual([loser]);
    expect(changes).toEqual([{ kind: 'annotation', before: merged.annotations[0], after: live }]);
    settledFor(snapshot);
  });

  it('combines the codes of both versions on the live one', () => {
    const { snapshot } = resolveConflict(
      merged,
      'annotation',
      a1.id,
      { type: 'combine-codes' },
      ctx,
    );
    expect(snapshot.annotations.find((a) => a.id === a1.id)).toMatchObject({
      memo: 'ada',
      codeIds: ['c2', 'c3'],
    });
    settledFor(snapshot);
  });

  it('keeps both: the losing version becomes a new annotation of the resolver', () => {
    const { snapshot, changes } = resolveConflict(
      merged,
      'annotation',
      a1.id,
      { type: 'keep-both', newIds: ['a9'] },
      ctx,
    );
    const copy = snapshot.annotations.find((a) => a.id === 'a9')!;
    expect(copy).toMatchObject({
      memo: 'bob',
      codeIds: ['c3'],
      start: a1.start,
      end: a1.end,
      createdBy: 'cy',
    });
    expect(copy.rev).toMatch(/^1-/);
    expect(changes.map((c) => [c.before?.id ?? null, c.after?.id])).toEqual([
      [a1.id, a1.id],
      [null, 'a9'],
    ]);
    settledFor(snapshot);
  });

  it('refuses a record without conflict or a resolution that does not fit', () => {
    expect(() =>
      resolveConflict(merged, 'annotation', 'a2', { type: 'combine-codes' }, ctx),
    ).toThrow(/no conflict/);
    expect(() =>
      resolveConflict(merged, 'annotation', a1.id, { type: 'pick', versionId: '9-x' }, ctx),
    ).toThrow(/no version/);
    expect(() =>
      resolveConflict(merged, 'annotation', a1.id, { type: 'keep-both', newIds: [] }, ctx),
    ).toThrow(/id/);
  });
});
