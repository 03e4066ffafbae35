import { describe, expect, it } from 'vitest';
import { versionId, withRevision, withVersionCache } from './revision';
import type { Stamped } from './types';

const T = '2026-11-30T10:00:00.000Z';

/** A record as an older file holds it: no revision, so its version is its content's hash. */
function unrevised(memo: string): Stamped & { memo: string } {
  return {
    id: 'a1',
    createdBy: 'ada',
    createdAt: T,
    updatedBy: 'ada',
    updatedAt: T,
    deleted: false,
    memo,
  };
}

describe('withVersionCache', () => {
  it('gives every record the version it has outside', () => {
    const plain = unrevised('first');
    const revised = withRevision(null, unrevised('second'));
    const outside = [versionId(plain), versionId(revised)];
    expect(withVersionCache(() => [versionId(plain), versionId(revised)])).toEqual(outside);
    expect(outside[0]).toMatch(/^0-[0-9a-f]{16}$/);
    expect(outside[1]).toBe(revised.rev);
  });

  it('remembers a record’s content version inside, and forgets it after', () => {
    const record = unrevised('before');
    const before = versionId(record);
    withVersionCache(() => {
      expect(versionId(record)).toBe(before);
      // Inside, records are taken as immutable: the version is the one first computed.
      record.memo = 'changed in place';
      expect(versionId(record)).toBe(before);
      // A nested run shares the outer one's memory.
      expect(withVersionCache(() => versionId(record))).toBe(before);
    });
    // Outside, nothing is remembered: the changed content is a new version.
    expect(versionId(record)).not.toBe(before);
    expect(versionId(record)).toBe(versionId(unrevised('changed in place')));
  });

  it('forgets even when the work throws', () => {
    const record = unrevised('before');
    expect(() =>
      withVersionCache(() => {
        versionId(record);
        throw new Error('stop');
      }),
    ).toThrow('stop');
    record.memo = 'after';
    expect(versionId(record)).toBe(versionId(unrevised('after')));
  });
});
