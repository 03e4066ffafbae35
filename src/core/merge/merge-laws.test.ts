import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, versionId } from '../model/revision';
import type { ProjectSnapshot, RecordKind } from '../model/snapshot';
import type { Stamped } from '../model/types';
import { mergeSnapshots } from './merge-snapshots';
import type { MergedSnapshot } from './merge-result';
import { projectArbitrary } from '../exchange/test-support/project-arbitrary';
import { withRevision } from '../model/revision';
import { forksArbitrary, forkCoder, timeAt } from './test-support/forks-arbitrary';
import { compareVersions } from './versions';

/** The merged records as one comparable value (records sorted by id, conflicts as a sorted set). */
const form = (s: ProjectSnapshot) =>
  canonicalJson({
    ...s,
    coders: [...s.coders].sort((a, b) => (a.id < b.id ? -1 : 1)),
    conflicts: (s.conflicts ?? []).map((c) => canonicalJson(c)).sort(),
  });

const merge = (a: ProjectSnapshot, b: ProjectSnapshot) => mergeSnapshots(a, b).snapshot;
const tables = { document: 'documents', code: 'codes', annotation: 'annotations' } as const;

/** Every version a snapshot holds, live or in conflict, with its kind. */
function versions(s: ProjectSnapshot): { kind: RecordKind; record: Stamped }[] {
  return [
    { kind: 'project' as const, record: s.project as Stamped },
    ...(['document', 'code', 'annotation'] as const).flatMap((kind) =>
      s[tables[kind]].map((record) => ({ kind, record: record as Stamped })),
    ),
    ...(s.conflicts ?? []).map((c) => ({ kind: c.kind, record: c.record as Stamped })),
  ];
}

/**
 * Where a version went in a merge result: still there (live or conflict), replaced by a version
 * that names it as an ancestor, or purged (itself or the document it lives on). Anything else is
 * a silent drop.
 */
function fate(result: MergedSnapshot, kind: RecordKind, record: Stamped): string {
  const id = versionId(record);
  const same = versions(result).filter((v) => v.kind === kind && v.record.id === record.id);
  if (same.some((v) => versionId(v.record) === id)) return 'kept';
  if (same.some((v) => v.record.revs?.includes(id))) return 'superseded';
  const purged = new Set(result.purged.map((p) => `${p.kind}:${p.id}`));
  if (purged.has(`${kind}:${record.id}`)) return 'purged';
  const documentId = (record as { documentId?: string }).documentId;
  if (kind === 'annotation' && purged.has(`document:${documentId}`)) return 'purged';
  return 'dropped';
}

describe('merge laws (generated projects, several coders, interleaved syncs)', () => {
  it('the generated projects exercise what the laws are about', () => {
    // Guards against vacuous laws: conflicts, replaced versions and purges must actually occur.
    const seen = { conflict: 0, superseded: 0, purged: 0, applied: 0 };
    const samples = fc.sample(forksArbitrary(2), { numRuns: 200, seed: 7 });
    for (const [a, b] of samples) {
      const outcomes = new Set(mergeSnapshots(a!, b!).report.outcomes.map((o) => o.outcome));
      for (const key of Object.keys(seen) as (keyof typeof seen)[])
        if (outcomes.has(key)) seen[key]++;
    }
    expect(seen.conflict).toBeGreaterThan(20);
    expect(seen.superseded).toBeGreaterThan(20);
    expect(seen.purged).toBeGreaterThan(20);
    expect(seen.applied).toBeGreaterThan(20);
  });

  it('property: importing the same file twice changes nothing', () => {
    fc.assert(
      fc.property(forksArbitrary(2), ([a, b]) => {
        const once = mergeSnapshots(a!, b!);
        const twice = mergeSnapshots(once.snapshot, b!);
        expect(form(twice.snapshot)).toBe(form(once.snapshot));
        expect(twice.changes.records).toEqual([]);
        expect(twice.changes.conflictsAdded).toEqual([]);
        expect(twice.report.conflicts).toEqual([]);
        for (const counts of Object.values(twice.report.counts)) {
          expect([counts.new, counts.updated, counts.deleted, counts.conflict]).toEqual([
            0, 0, 0, 0,
          ]);
        }
        expect(form(merge(once.snapshot, once.snapshot))).toBe(form(once.snapshot));
      }),
      { numRuns: 100 },
    );
  });

  it('property: A then B equals B then A', () => {
    fc.assert(
      fc.property(forksArbitrary(3), ([local, a, b]) => {
        expect(form(merge(merge(local!, a!), b!))).toBe(form(merge(merge(local!, b!), a!)));
        expect(form(merge(a!, b!))).toBe(form(merge(b!, a!)));
      }),
      { numRuns: 100 },
    );
  });

  it('property: (A+B)+C equals A+(B+C)', () => {
    fc.assert(
      fc.property(forksArbitrary(3), ([a, b, c]) => {
        expect(form(merge(merge(a!, b!), c!))).toBe(form(merge(a!, merge(b!, c!))));
      }),
      { numRuns: 100 },
    );
  });

  it('property: the live version is the latest of the concurrent ones (tie: coder id, then revision)', () => {
    fc.assert(
      fc.property(forksArbitrary(3), ([a, b, c]) => {
        const result = merge(merge(a!, b!), c!);
        const live = new Map<string, Stamped>();
        live.set(`project:${result.project.id}`, result.project);
        for (const kind of ['document', 'code', 'annotation'] as const) {
          for (const r of result[tables[kind]]) live.set(`${kind}:${r.id}`, r);
        }
        for (const conflict of result.conflicts) {
          const winner = live.get(`${conflict.kind}:${conflict.record.id}`);
          expect(winner).toBeDefined();
          expect(compareVersions(winner!, conflict.record)).toBeGreaterThan(0);
          // Concurrent: neither names the other as an ancestor.
          expect(winner!.revs ?? []).not.toContain(versionId(conflict.record));
          expect(conflict.record.revs ?? []).not.toContain(versionId(winner!));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('property: a purged record does not come back, whatever is merged after', () => {
    fc.assert(
      fc.property(forksArbitrary(3), ([a, b, c]) => {
        const result = merge(merge(a!, b!), c!);
        const purged = new Set(
          [...a!.purged, ...b!.purged, ...c!.purged].map((p) => `${p.kind}:${p.id}`),
        );
        for (const key of purged)
          expect(result.purged.some((p) => `${p.kind}:${p.id}` === key)).toBe(true);
        for (const v of versions(result))
          expect(purged.has(`${v.kind}:${v.record.id}`)).toBe(false);
        for (const x of result.annotations)
          expect(purged.has(`document:${x.documentId}`)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('property: nothing is dropped silently (every version is kept, superseded or purged)', () => {
    fc.assert(
      fc.property(forksArbitrary(2), ([a, b]) => {
        const { snapshot, report } = mergeSnapshots(a!, b!);
        for (const side of [a!, b!]) {
          for (const { kind, record } of versions(side)) {
            expect(fate(snapshot, kind, record), `${kind} ${record.id}`).not.toBe('dropped');
          }
        }
        // The report accounts for every incoming version, and its claim holds.
        expect(report.outcomes).toHaveLength(versions(b!).length);
        for (const o of report.outcomes) {
          const v = versions(b!).find(
            (x) => x.kind === o.kind && x.record.id === o.id && versionId(x.record) === o.versionId,
          );
          expect(v).toBeDefined();
          const where = fate(snapshot, o.kind, v!.record);
          const expected = {
            applied: 'kept',
            unchanged: 'kept',
            conflict: 'kept',
            superseded: 'superseded',
            purged: 'purged',
            matched: 'kept',
          }[o.outcome];
          expect(where, `${o.kind} ${o.id} reported ${o.outcome}`).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('property: of two concurrent changes (edits or deletions) the later wins, ties by coder id; a change made after seeing the other wins whatever the clocks', () => {
    const change = fc.record({
      delete: fc.boolean(),
      at: fc.nat({ max: 3 }),
      memo: fc.constantFrom('x', 'y'),
    });
    fc.assert(
      fc.property(
        projectArbitrary,
        fc.nat(),
        change,
        change,
        fc.boolean(),
        (project, pick, ca, cb, seen) => {
          const { exportedBy: _by, ...rest } = project;
          const base: ProjectSnapshot = { ...rest, purged: [], conflicts: [] };
          const target = base.annotations[pick % Math.max(1, base.annotations.length)];
          if (!target) return;
          const apply = (s: ProjectSnapshot, i: number, c: typeof ca) => {
            const r = s.annotations.find((x) => x.id === target.id)!;
            const next = withRevision(r, {
              ...r,
              ...(c.delete ? { deleted: !r.deleted } : { memo: `${r.memo}${c.memo}${i}` }),
              updatedBy: forkCoder(i),
              updatedAt: timeAt(c.at),
            });
            return { ...s, annotations: s.annotations.map((x) => (x.id === r.id ? next : x)) };
          };
          const a = apply(base, 0, ca);
          // Either Bob saw Ada's change before making his, or both changed the base concurrently.
          const b = apply(seen ? merge(base, a) : base, 1, cb);
          const result = merge(a, b);
          const live = result.annotations.find((x) => x.id === target.id)!;
          const ada = a.annotations.find((x) => x.id === target.id)!;
          const bob = b.annotations.find((x) => x.id === target.id)!;
          const bobWins = seen || cb.at > ca.at || (cb.at === ca.at && forkCoder(1) > forkCoder(0));
          expect(live).toEqual(bobWins ? bob : ada);
          expect(result.conflicts.map((c) => c.record)).toEqual(seen ? [] : [bobWins ? ada : bob]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
