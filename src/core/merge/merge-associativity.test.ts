import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeOrder } from '../codebook/code-tree';
import { canonicalJson } from '../model/revision';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Code } from '../model/types';
import { mergeSnapshots } from './merge-snapshots';
import { forksArbitrary } from './test-support/forks-arbitrary';
import { edited, sampleSnapshot } from './test-support/snapshots';

const T1 = '2026-12-01T10:00:00.000Z';

const merge = (a: ProjectSnapshot, b: ProjectSnapshot) => mergeSnapshots(a, b).snapshot;
const form = (s: ProjectSnapshot) =>
  canonicalJson({ ...s, conflicts: (s.conflicts ?? []).map((c) => canonicalJson(c)).sort() });

/** `s` with code `id` edited by `coder`. */
function withCode(s: ProjectSnapshot, id: string, coder: string, change: Partial<Code>) {
  const codes = s.codes.map((c) => (c.id === id ? edited(c, coder, T1, change) : c));
  return { ...s, codes };
}

describe('mergeSnapshots: grouping of merges (regressions)', () => {
  // Two top-level codes: Ada moves c1 under c3, Bob moves c3 under c1 (a cycle when both land),
  // Cy edits c3 concurrently with Bob and wins, keeping it at the top level. The cycle exists only
  // while Ada's and Bob's versions are live together, so it must not be cut into the records.
  const base = sampleSnapshot();
  const ada = withCode(base, 'c1', 'coder-a', { parentId: 'c3' });
  const bob = withCode(base, 'c3', 'coder-b', { parentId: 'c1' });
  const cy = withCode(base, 'c3', 'coder-c', { memo: 'cy' });

  it('(A+B)+C equals A+(B+C) when an intermediate merge sees a parent cycle that a later version undoes', () => {
    const left = merge(merge(ada, bob), cy);
    const right = merge(ada, merge(bob, cy));
    expect(form(left)).toBe(form(right));
    // Cy's version of c3 is live (top level), so Ada's move of c1 under c3 stands.
    expect(left.codes.find((c) => c.id === 'c1')?.parentId).toBe('c3');
    expect(left.codes.find((c) => c.id === 'c3')?.parentId).toBeNull();
  });

  it('keeps the parents of two concurrent moves as they are; the codebook view breaks the cycle', () => {
    const both = merge(ada, bob);
    expect(both.codes.find((c) => c.id === 'c1')?.parentId).toBe('c3');
    expect(both.codes.find((c) => c.id === 'c3')?.parentId).toBe('c1');
    const shown = treeOrder(both.codes).map((c) => c.id);
    expect([...shown].sort()).toEqual(both.codes.filter((c) => !c.deleted).map((c) => c.id));
  });

  // The generated case fast-check found (seed 1692421178, run 3040); its shrink path was
  // 3040:0:…:13:12 (in the bug report), which replays the same failure but walks ~180 shrink
  // levels, so this replays the run before shrinking: it failed the same way before the fix.
  it('property replay: the generated counterexample (seed 1692421178, path 3040)', () => {
    fc.assert(
      fc.property(forksArbitrary(3), ([a, b, c]) => {
        expect(form(merge(merge(a!, b!), c!))).toBe(form(merge(a!, merge(b!, c!))));
      }),
      { seed: 1692421178, path: '3040', numRuns: 1, endOnFailure: true },
    );
  });
});
