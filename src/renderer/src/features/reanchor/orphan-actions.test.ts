import { describe, expect, it } from 'vitest';
import { ADA_STAMPS } from '../../../../core/model/test-support/ada-stamps';
import type { Orphan } from '../../storage/orphan-store';
import { discarded, orphanState, placeOrphan } from './orphan-actions';

const TEXT = 'Stresses the importance of effective, fair and humane criminal justice systems.';
const orphan: Orphan = {
  projectId: 'p',
  id: 'o1',
  documentId: 'd2',
  annotation: {
    id: 'a1',
    ...ADA_STAMPS,
    documentId: 'd1',
    start: 10,
    end: 40,
    quote: 'fair and effective criminal justice',
    prefix: '',
    suffix: '',
    codeIds: ['justice'],
    memo: 'why',
  },
  reason: 'low-confidence',
  origin: 'carried from E-RES-2013-32.txt',
  keptAt: '2026-02-01T00:00:00.000Z',
};
const live = (ids: string[]) => (id: string) => ids.includes(id);

describe('orphans', () => {
  it('are to place until placed, again to place when the placement is undone, and stay restorable', () => {
    expect(orphanState(orphan, live([]))).toBe('to-place');
    const placed = { ...orphan, placedAs: 'a2' };
    expect(orphanState(placed, live(['a2']))).toBe('settled');
    expect(orphanState(placed, live([]))).toBe('to-place');
    const doubtful = { ...placed, confidence: 0.8 };
    expect(orphanState(doubtful, live(['a2']))).toBe('doubtful');
    expect(orphanState({ ...doubtful, settledAt: 'now' }, live(['a2']))).toBe('settled');
    const gone = discarded(orphan, '2026-02-02T00:00:00.000Z');
    expect(orphanState(gone, live([]))).toBe('discarded');
    expect(discarded(gone, null)).toEqual(orphan);
  });

  it('placed by hand become one undoable user change: a new annotation with their codes and memo', () => {
    const start = TEXT.indexOf('effective');
    const end = TEXT.indexOf(' systems');
    const { set, orphan: after } = placeOrphan({
      orphan: { ...orphan, confidence: 0.6 },
      text: TEXT,
      span: { start, end },
      ctx: { coderId: 'bo', now: '2026-02-03T00:00:00.000Z' },
      newId: 'a2',
    });
    expect(set).toMatchObject({ source: 'user', projectId: 'p', coderId: 'bo' });
    expect(set.label).toBe('place orphan “fair and effective criminal ju”');
    expect(set.changes).toHaveLength(1);
    expect(set.changes[0]!.before).toBeNull();
    expect(set.changes[0]!.after).toMatchObject({
      id: 'a2',
      documentId: 'd2',
      quote: 'effective, fair and humane criminal justice',
      codeIds: ['justice'],
      memo: 'why',
    });
    expect(after).toMatchObject({ id: 'o1', placedAs: 'a2' });
    expect(after.confidence).toBeUndefined();
  });
});
