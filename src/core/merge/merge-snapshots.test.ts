import { describe, expect, it } from 'vitest';
import { versionId } from '../model/revision';
import { mergeSnapshots } from './merge-snapshots';
import { edited, sampleSnapshot, withAnnotation } from './test-support/snapshots';

const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-01T11:00:00.000Z';
const T3 = '2026-12-01T12:00:00.000Z';

const base = sampleSnapshot();
const a1 = base.annotations[0]!;

describe('mergeSnapshots: conflicts', () => {
  it('keeps the later of two concurrent edits live and the other as a conflict', () => {
    const ada = withAnnotation(base, edited(a1, 'ada', T2, { memo: 'ada' }));
    const bob = withAnnotation(base, edited(a1, 'bob', T1, { memo: 'bob' }));
    for (const [local, incoming] of [
      [ada, bob],
      [bob, ada],
    ] as const) {
      const { snapshot, report } = mergeSnapshots(local, incoming);
      expect(snapshot.annotations.find((a) => a.id === a1.id)?.memo).toBe('ada');
      expect(snapshot.conflicts.map((c) => (c.record as { memo: string }).memo)).toEqual(['bob']);
      expect(report.counts.annotation.conflict).toBe(1);
    }
  });

  it('breaks a tie of equal times by coder id, then revision', () => {
    const ada = withAnnotation(base, edited(a1, 'ada', T1, { memo: 'ada' }));
    const bob = withAnnotation(base, edited(a1, 'bob', T1, { memo: 'bob' }));
    const { snapshot } = mergeSnapshots(ada, bob);
    expect(snapshot.annotations.find((a) => a.id === a1.id)?.memo).toBe('bob');
    const same = withAnnotation(base, edited(a1, 'ada', T1, { memo: 'other' }));
    const winner = [ada, same]
      .map((s) => s.annotations[0]!)
      .sort((x, y) => (versionId(x) < versionId(y) ? 1 : -1))[0]!;
    expect(mergeSnapshots(ada, same).snapshot.annotations[0]?.memo).toBe(winner.memo);
    expect(mergeSnapshots(same, ada).snapshot.annotations[0]?.memo).toBe(winner.memo);
  });

  it('lets a later edit of an imported edit win without conflict, even with an earlier clock', () => {
    const ada = withAnnotation(base, edited(a1, 'ada', T3, { memo: 'ada' }));
    // Bob imported Ada's file, then edited the same annotation; his clock is behind.
    const bobAfterImport = mergeSnapshots(base, ada).snapshot;
    const bob = withAnnotation(
      bobAfterImport,
      edited(bobAfterImport.annotations[0]!, 'bob', T1, { memo: 'bob' }),
    );
    const { snapshot, report } = mergeSnapshots(ada, bob);
    expect(snapshot.annotations[0]?.memo).toBe('bob');
    expect(snapshot.conflicts).toEqual([]);
    expect(report.counts.annotation.updated).toBe(1);
  });

  it('lets a tombstone win over an older concurrent edit and lose to a newer one, keeping the other', () => {
    const deletedAt = (at: string) =>
      withAnnotation(base, edited(a1, 'ada', at, { deleted: true }));
    const edit = withAnnotation(base, edited(a1, 'bob', T2, { memo: 'bob' }));
    const newer = mergeSnapshots(edit, deletedAt(T3));
    expect(newer.snapshot.annotations[0]?.deleted).toBe(true);
    expect(newer.snapshot.conflicts.map((c) => c.record.deleted)).toEqual([false]);
    expect(newer.report.counts.annotation.conflict).toBe(1);
    const older = mergeSnapshots(edit, deletedAt(T1));
    expect(older.snapshot.annotations[0]?.deleted).toBe(false);
    expect(older.snapshot.conflicts.map((c) => c.record.deleted)).toEqual([true]);
    // A deletion made after seeing the edit replaces it, whatever the clocks say.
    const seen = mergeSnapshots(base, edit).snapshot;
    const deleted = withAnnotation(
      seen,
      edited(seen.annotations[0]!, 'ada', T1, { deleted: true }),
    );
    const sequential = mergeSnapshots(edit, deleted);
    expect(sequential.snapshot.annotations[0]?.deleted).toBe(true);
    expect(sequential.snapshot.conflicts).toEqual([]);
    expect(sequential.report.counts.annotation.deleted).toBe(1);
  });
});

describe('mergeSnapshots: version 1 records (no revisions)', () => {
  it('treats two different copies without history as concurrent: the later is live, the other a conflict', () => {
    const ada = withAnnotation(base, { ...a1, memo: 'ada', updatedBy: 'ada', updatedAt: T1 });
    const bob = withAnnotation(base, { ...a1, memo: 'bob', updatedBy: 'bob', updatedAt: T2 });
    const { snapshot } = mergeSnapshots(ada, bob);
    expect(snapshot.annotations[0]?.memo).toBe('bob');
    expect(snapshot.conflicts).toHaveLength(1);
    expect(snapshot.conflicts[0]?.record).toMatchObject({ memo: 'ada', id: a1.id });
  });

  it('sees equal copies as one version, and an edit of a version 1 record as replacing it', () => {
    expect(mergeSnapshots(base, sampleSnapshot()).changes.records).toEqual([]);
    const bob = withAnnotation(base, edited(a1, 'bob', T1, { memo: 'bob' }));
    expect(a1.rev).toBeUndefined();
    const { snapshot } = mergeSnapshots(base, bob);
    expect(snapshot.annotations[0]?.memo).toBe('bob');
    expect(snapshot.conflicts).toEqual([]);
  });
});

describe('mergeSnapshots: matching and purges', () => {
  it('matches documents by content hash and codes by path or name, case- and space-insensitively', () => {
    const other = sampleSnapshot();
    other.project = { ...other.project, id: 'p2', name: 'Bob project' };
    other.documents = other.documents.map((d) => ({ ...d, id: 'bob-doc', projectId: 'p2' }));
    other.codes = other.codes.map((c) => ({
      ...c,
      id: `bob-${c.id}`,
      projectId: 'p2',
      parentId: c.parentId && `bob-${c.parentId}`,
      name: c.name === 'Victims' ? '  victims ' : c.name.toUpperCase(),
    }));
    other.codes.push({ ...other.codes[2]!, id: 'bob-new', name: 'Gender', parentId: null });
    other.annotations = other.annotations.map((a) => ({
      ...a,
      id: `bob-${a.id}`,
      projectId: 'p2',
      documentId: 'bob-doc',
      codeIds: [...a.codeIds.map((id) => `bob-${id}`), 'bob-new'],
    }));
    const { snapshot, report } = mergeSnapshots(base, other);
    expect(snapshot.project).toEqual(base.project);
    expect(snapshot.documents.map((d) => d.id)).toEqual(['d1']);
    expect(snapshot.codes.map((c) => c.id).sort()).toEqual(['bob-new', 'c1', 'c2', 'c3']);
    const bobs = snapshot.annotations.filter((a) => a.id.startsWith('bob-'));
    expect(bobs.map((a) => [a.documentId, a.codeIds, a.projectId])).toEqual([
      ['d1', ['c2', 'bob-new'], 'p1'],
      ['d1', ['c3', 'c1', 'bob-new'], 'p1'],
    ]);
    expect(
      report.matches.map((m) => `${m.kind}:${m.incomingId}>${m.localId}:${m.by}`).sort(),
    ).toEqual([
      'code:bob-c1>c1:path',
      'code:bob-c2>c2:path',
      'code:bob-c3>c3:path',
      'document:bob-doc>d1:content-hash',
      'project:p2>p1:project',
    ]);
    expect(report.unmatchedCodes.map((u) => u.code.id)).toEqual(['bob-new']);
    expect(report.counts.annotation.new).toBe(2);
    expect(report.counts.code).toMatchObject({ new: 1, unchanged: 3 });
  });

  it('follows the user mapping for codes, and matches a unique name under another parent', () => {
    const other = sampleSnapshot();
    other.codes = [
      { ...other.codes[0]!, id: 'x-harm', name: 'Harm (physical)' },
      { ...other.codes[1]!, id: 'x-victims', parentId: null },
    ];
    other.annotations = other.annotations.map((a) => ({
      ...a,
      id: `x-${a.id}`,
      codeIds: ['x-harm', 'x-victims'],
    }));
    const mapped = mergeSnapshots(base, other, { codeMapping: { 'x-harm': 'c1' } });
    expect(
      mapped.report.matches
        .filter((m) => m.kind === 'code')
        .map((m) => m.by)
        .sort(),
    ).toEqual(['mapping', 'name']);
    expect(mapped.snapshot.annotations.find((a) => a.id === 'x-a1')?.codeIds).toEqual(['c1', 'c2']);
    const created = mergeSnapshots(base, other, {
      codeMapping: { 'x-harm': 'create', 'x-victims': 'create' },
    });
    expect(created.snapshot.codes.map((c) => c.id)).toContain('x-harm');
    expect(created.report.unmatchedCodes.map((u) => u.code.id).sort()).toEqual([
      'x-harm',
      'x-victims',
    ]);
  });

  it('never brings back a purged record, and reports it', () => {
    const purged = {
      ...base,
      annotations: base.annotations.filter((a) => a.id !== a1.id),
      purged: [
        { kind: 'annotation' as const, id: a1.id, projectId: 'p1', purgedBy: 'ada', purgedAt: T1 },
      ],
    };
    const later = withAnnotation(base, edited(a1, 'bob', T3, { memo: 'after the purge' }));
    for (const [x, y] of [
      [purged, later],
      [later, purged],
    ] as const) {
      const { snapshot } = mergeSnapshots(x, y);
      expect(snapshot.annotations.map((a) => a.id)).toEqual(['a2']);
      expect(snapshot.conflicts).toEqual([]);
    }
    const { report, changes } = mergeSnapshots(later, purged);
    expect(changes.records).toEqual([
      { kind: 'annotation', before: later.annotations[0], after: null },
    ]);
    expect(changes.purged).toHaveLength(1);
    expect(mergeSnapshots(purged, later).report.counts.annotation.purged).toBe(1);
    // The local copy erased by the incoming purge is counted too.
    expect(report.counts.annotation).toMatchObject({ unchanged: 1, purged: 1 });
  });

  it('drops a reference to a purged code and gives the change with the version it replaces', () => {
    const purged = {
      ...base,
      codes: base.codes.filter((c) => c.id !== 'c3'),
      annotations: base.annotations.map((a) =>
        a.id === 'a2' ? edited(a, 'ada', T1, { codeIds: ['c1'] }) : a,
      ),
      purged: [{ kind: 'code' as const, id: 'c3', projectId: 'p1', purgedBy: 'ada', purgedAt: T1 }],
    };
    const bob = withAnnotation(base, edited(base.annotations[1]!, 'bob', T2, { memo: 'bob' }));
    const { snapshot, changes } = mergeSnapshots(purged, bob);
    const a2 = snapshot.annotations.find((a) => a.id === 'a2')!;
    expect(a2.codeIds).toEqual(['c1']);
    expect(snapshot.codes.map((c) => c.id)).toEqual(['c1', 'c2']);
    const update = changes.records.find((c) => c.after?.id === 'a2');
    expect(update?.before).toBe(purged.annotations[1]);
  });
});
