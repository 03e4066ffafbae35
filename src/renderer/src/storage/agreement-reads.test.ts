import { describe, expect, it } from 'vitest';
import { agreementTable } from '../../../core/agreement/agreement-table';
import { teamSnapshot } from '../../../core/agreement/test-support/snapshot';
import { snapshotChangeSet } from '../../../core/changes/snapshot-change-set';
import { freshStorage } from './test-fixtures';

/** Ann and Bob code two documents; Cy only wrote the codebook; Dee is known but not in it. */
async function stored() {
  const base = teamSnapshot(
    { d1: 'One two three. Four five six.', d2: 'Seven eight nine ten.' },
    ['harm', 'help'],
    ['ann', 'bob', 'cy'],
    [
      { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm'] },
      { coder: 'bob', document: 'd1', start: 0, end: 19, codes: ['harm', 'help'] },
      { coder: 'ann', document: 'd2', start: 0, end: 5, codes: ['help'] },
      { coder: 'eve', document: 'd2', start: 6, end: 11, codes: ['help'], deleted: true },
    ],
  );
  const snapshot = {
    ...base,
    codes: base.codes.map((c) => ({ ...c, createdBy: 'cy', updatedBy: 'cy' })),
    coders: [...base.coders, { id: 'eve', name: 'eve', createdAt: 'n' }],
  };
  const storage = freshStorage();
  await storage.apply(
    snapshotChangeSet(
      snapshot,
      { source: 'import', label: 'set up' },
      { coderId: 'ann', now: 'n' },
    ),
  );
  for (const c of [...snapshot.coders, { id: 'dee', name: 'dee', createdAt: 'n' }])
    await storage.putCoder(c);
  return { storage, snapshot };
}

describe('the agreement reads', () => {
  it('name the coders the project’s records name, and who made a live annotation', async () => {
    const { storage } = await stored();
    const found = await storage.readProjectCoders('p');
    expect(found?.coders.map((c) => c.id).sort()).toEqual(['ann', 'bob', 'cy', 'eve']);
    expect(found?.annotatingIds.sort()).toEqual(['ann', 'bob']);
    expect(await storage.readProjectCoders('gone')).toBeUndefined();
  });

  it('read lengths only where units need no text, texts where they do, and the same figures', async () => {
    const { storage, snapshot } = await stored();
    const lengths = await storage.readAgreementRecords('p', { texts: false });
    expect(lengths?.documents.map((d) => [d.id, d.charCount, d.text, d.blocks])).toEqual([
      ['d1', 29, undefined, undefined],
      ['d2', 21, undefined, undefined],
    ]);
    expect(lengths?.annotations[0]).not.toHaveProperty('quote');
    const texts = await storage.readAgreementRecords('p', { texts: true });
    expect(texts?.documents[0]?.text).toBe(snapshot.documents[0]?.text);
    for (const [unit, records] of [
      ['character', lengths],
      ['document', lengths],
      ['word', texts],
      ['paragraph', texts],
    ] as const) {
      const measures = ['alpha', 'u-alpha'] as const;
      const selection = { unit, coderIds: ['ann', 'bob'] };
      expect(agreementTable(records!, selection, measures)).toEqual(
        agreementTable(snapshot, selection, measures),
      );
    }
  });

  it('read only the chosen documents’ annotations, and name chosen coders who made none', async () => {
    const { storage } = await stored();
    const d1 = await storage.readAgreementRecords('p', {
      texts: false,
      documentIds: ['d1'],
      coderIds: ['ann', 'dee'],
    });
    expect(d1?.documents.map((d) => d.id)).toEqual(['d1']);
    expect(new Set(d1?.annotations.map((a) => a.documentId))).toEqual(new Set(['d1']));
    expect(d1?.coders.map((c) => c.id).sort()).toEqual(['ann', 'bob', 'dee']);
    expect(await storage.readAgreementRecords('gone', { texts: false })).toBeUndefined();
  });
});
