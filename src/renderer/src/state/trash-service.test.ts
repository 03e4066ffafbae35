import { describe, expect, it } from 'vitest';
import { openedDocument } from './test-support/opened-document';

async function setUp() {
  const { storage, workbench, documentId, code } = await openedDocument();
  const annotationId = (await workbench.coding.applyCode({ start: 0, end: 7 }, code.id)) ?? '';
  return {
    storage,
    workbench,
    documentId,
    annotationId,
    projectId: workbench.state.projectId ?? '',
  };
}

describe('trash', () => {
  it('restores a removed document as an undoable change', async () => {
    const { workbench, documentId } = await setUp();
    await workbench.removeDocument(documentId);
    expect(workbench.state.openDocument).toBeNull();
    await workbench.restoreFromTrash('documents', documentId);
    expect(workbench.state.documents.find((d) => d.id === documentId)?.deleted).toBe(false);
    expect(workbench.state.undoLabel).toBe('restore a.md');
  });

  it('purging a document erases it and its annotations, leaving a tombstone for each', async () => {
    const { storage, workbench, documentId, annotationId, projectId } = await setUp();
    await workbench.removeDocument(documentId);
    await workbench.purge('documents', documentId);
    const snapshot = await storage.readSnapshot(projectId);
    expect(snapshot?.documents).toEqual([]);
    expect(snapshot?.annotations).toEqual([]);
    expect(snapshot?.purged.map((p) => [p.kind, p.id]).sort()).toEqual(
      [
        ['annotation', annotationId],
        ['document', documentId],
      ].sort(),
    );
    expect(workbench.state.documents).toEqual([]);
    // A purge is not undoable (the trash asks first), and the removal before it can no longer be.
    expect(workbench.state.undoLabel).toBe('remove document a.md');
    await expect(workbench.undo()).rejects.toThrow(/changed since/);
  });

  it('purges only what is in the trash', async () => {
    const { storage, workbench, documentId, projectId } = await setUp();
    await workbench.purge('documents', documentId);
    expect((await storage.listDocuments(projectId)).map((d) => d.id)).toEqual([documentId]);
  });

  it('purging a deleted project erases it whole', async () => {
    const { storage, workbench, projectId } = await setUp();
    await workbench.createProject('Other');
    await workbench.deleteProject(projectId);
    await workbench.purge('projects', projectId);
    expect((await storage.listProjects()).map((p) => p.name)).toEqual(['Other']);
    expect(await storage.readSnapshot(projectId)).toBeUndefined();
    expect(await storage.listDocuments(projectId)).toEqual([]);
    expect(workbench.state.projects.map((p) => p.name)).toEqual(['Other']);
  });
});

describe('undone creations and the trash', () => {
  it('an annotation created then undone is not in the trash; deleted after a redo, it is', async () => {
    const { storage, workbench, annotationId, projectId } = await setUp();
    expect(workbench.state.undoLabel).toMatch(/^apply code/);
    await workbench.undo();
    // Its tombstone stays (a teammate who got it must see it is gone), out of the trash.
    const [tombstone] = await storage.getRecords(projectId, 'annotation', [annotationId]);
    expect(tombstone?.deleted).toBe(true);
    expect((await storage.listTrash(projectId)).annotations).toEqual([]);
    await workbench.redo();
    await workbench.coding.remove(annotationId);
    expect((await storage.listTrash(projectId)).annotations.map((a) => a.id)).toEqual([
      annotationId,
    ]);
  });

  it('a code created then undone is not in the trash either', async () => {
    const { storage, workbench, projectId } = await setUp();
    const code = await workbench.codebook.createCode('Financing', null);
    await workbench.undo();
    expect((await storage.listTrash(projectId)).codes.map((c) => c.id)).not.toContain(code.id);
  });
});
