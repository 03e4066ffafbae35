import { describe, expect, it } from 'vitest';
import type { RecordPatch } from '../../../core/undo/record-patch';
import {
  freshStorage,
  makeAnnotation,
  makeCode,
  makeDocument,
  makeProject,
  T1,
} from './test-fixtures';

describe('patch store', () => {
  it('applies a creation forward and undoes it by deleting', async () => {
    const storage = freshStorage();
    const code = makeCode('p', 'Trust');
    const annotation = makeAnnotation('p', 'd', [code.id]);
    const patch: RecordPatch = [
      { table: 'codes', before: null, after: code },
      { table: 'annotations', before: null, after: annotation },
    ];
    await storage.applyPatch(patch, 'after');
    expect(await storage.listCodes('p')).toEqual([code]);
    expect(await storage.listAnnotations('d')).toEqual([annotation]);
    await storage.applyPatch(patch, 'before');
    expect(await storage.listCodes('p')).toEqual([]);
    expect(await storage.listAnnotations('d')).toEqual([]);
  });

  it('writes either side of an edit and of a tombstone', async () => {
    const storage = freshStorage();
    const project = makeProject('p');
    const renamed = { ...project, name: 'Renamed', updatedAt: T1 };
    const annotation = makeAnnotation('p', 'd', ['c']);
    const deleted = { ...annotation, deleted: true, updatedAt: T1 };
    await storage.putProject(project);
    await storage.putAnnotations([annotation]);
    const patch: RecordPatch = [
      { table: 'projects', before: project, after: renamed },
      { table: 'annotations', before: annotation, after: deleted },
    ];
    await storage.applyPatch(patch, 'after');
    expect(await storage.getProject('p')).toEqual(renamed);
    expect(await storage.listAnnotations('d')).toEqual([deleted]);
    await storage.applyPatch(patch, 'before');
    expect(await storage.getProject('p')).toEqual(project);
    expect(await storage.listAnnotations('d')).toEqual([annotation]);
  });

  it('splits documents into metadata and body, and deletes both when undoing their creation', async () => {
    const storage = freshStorage();
    const doc = makeDocument('p', 'one.md');
    const patch: RecordPatch = [{ table: 'documents', before: null, after: doc }];
    await storage.applyPatch(patch, 'after');
    expect(await storage.getDocument(doc.id)).toEqual(doc);
    expect(await storage.db.documents.get(doc.id)).not.toHaveProperty('text');

    const { text: _t, blocks: _b, marks: _m, ...meta } = doc;
    await storage.applyPatch(
      [{ table: 'documents', before: meta, after: { ...meta, name: 'two.md' } }],
      'after',
    );
    expect(await storage.getDocument(doc.id)).toEqual({ ...doc, name: 'two.md' });

    await storage.applyPatch(patch, 'before');
    expect(await storage.getDocument(doc.id)).toBeUndefined();
    expect(await storage.db.documentTexts.count()).toBe(0);
  });

  it('writes nothing when one change fails (one transaction)', async () => {
    const storage = freshStorage();
    const code = makeCode('p', 'Trust');
    const unclonable = { ...makeCode('p', 'Bad'), memo: (() => 0) as unknown as string };
    await expect(
      storage.applyPatch(
        [
          { table: 'codes', before: null, after: code },
          { table: 'codes', before: null, after: unclonable },
        ],
        'after',
      ),
    ).rejects.toThrow();
    expect(await storage.listCodes('p')).toEqual([]);
  });
});
