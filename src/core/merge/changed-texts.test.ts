import { describe, expect, it } from 'vitest';
import { changedTexts } from './changed-texts';
import { sampleSnapshot } from './test-support/snapshots';

describe('changedTexts', () => {
  it('pairs an incoming document with the local one of the same name or id whose text differs', () => {
    const local = sampleSnapshot();
    const d1 = local.documents[0]!;
    const incoming = sampleSnapshot();
    incoming.documents = [
      { ...d1, id: 'other', name: ' INTERVIEW.txt', contentHash: 'b'.repeat(64) },
      { ...d1, id: 'new', name: 'new.txt', contentHash: 'c'.repeat(64) },
    ];
    expect(changedTexts(local, incoming).map((c) => [c.local.id, c.incoming.id, c.by])).toEqual([
      ['d1', 'other', 'name'],
    ]);
    incoming.documents = [{ ...d1, contentHash: 'b'.repeat(64) }];
    expect(changedTexts(local, incoming).map((c) => c.by)).toEqual(['id']);
  });

  it('leaves alone documents whose text the other side has, and deleted ones', () => {
    const local = sampleSnapshot();
    const d1 = local.documents[0]!;
    const incoming = sampleSnapshot();
    incoming.documents = [{ ...d1, id: 'copy' }];
    expect(changedTexts(local, incoming)).toEqual([]);
    incoming.documents = [{ ...d1, id: 'gone', contentHash: 'b'.repeat(64), deleted: true }];
    expect(changedTexts(local, incoming)).toEqual([]);
  });
});
