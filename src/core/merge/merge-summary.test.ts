import { describe, expect, it } from 'vitest';
import { mergeChangeSet, mergeSummary } from './merge-summary';
import { mergeSnapshots } from './merge-snapshots';
import { edited, sampleSnapshot, withAnnotation } from './test-support/snapshots';

describe('mergeSummary and mergeChangeSet', () => {
  it('names what a merge brought and wraps its changes as one merge change set', () => {
    const base = sampleSnapshot();
    const a1 = base.annotations[0]!;
    const ada = withAnnotation(
      base,
      edited(a1, 'ada', '2026-12-01T11:00:00.000Z', { memo: 'ada' }),
    );
    const bob = withAnnotation(
      base,
      edited(a1, 'bob', '2026-12-01T12:00:00.000Z', { memo: 'bob' }),
    );
    bob.annotations.push({
      ...a1,
      id: 'a3',
      start: 0,
      end: 3,
      quote: 'The',
      prefix: '',
      suffix: a1.prefix.slice(3),
    });
    const result = mergeSnapshots(ada, bob);
    expect(mergeSummary(result.report)).toBe('1 new, 1 in conflict');
    const set = mergeChangeSet(result, {
      projectId: 'p1',
      coderId: 'ada',
      at: '2026-12-02T00:00:00.000Z',
      source: "Bob's file",
    });
    expect(set).toMatchObject({
      source: 'merge',
      label: "Merged Bob's file: 1 new, 1 in conflict",
      coderId: 'ada',
    });
    expect(set.changes.map((c) => [c.kind, c.before?.id ?? null, c.after?.id])).toEqual([
      ['annotation', 'a1', 'a1'],
      ['annotation', null, 'a3'],
    ]);
    expect(mergeSummary(mergeSnapshots(ada, ada).report)).toBe('nothing new');
  });
});
