import { describe, expect, it } from 'vitest';
import { announcementsFor } from './change-set-announcements';

describe('announcementsFor', () => {
  it('names each touched table once, with its ids and the documents of changed annotations', () => {
    const announcements = announcementsFor({
      projectId: 'p1',
      changes: [
        { kind: 'annotation', before: null, after: { id: 'a1', documentId: 'd1' } },
        { kind: 'annotation', before: { id: 'a2', documentId: 'd2' }, after: null },
        { kind: 'code', before: { id: 'c1' }, after: { id: 'c1' } },
      ],
      purged: [{ kind: 'annotation', id: 'a3' }],
    });
    expect(announcements).toEqual([
      {
        projectId: 'p1',
        table: 'annotations',
        ids: ['a1', 'a2', 'a3'],
        documentIds: ['d1', 'd2', '*'],
      },
      { projectId: 'p1', table: 'codes', ids: ['c1'], documentIds: [] },
    ]);
  });

  it('announces nothing for an empty change set', () => {
    expect(announcementsFor({ projectId: 'p1', changes: [] })).toEqual([]);
  });
});
