import { describe, expect, it } from 'vitest';
import { columnsFromAnnotations } from '../../../core/index/annotation-columns';
import { testPlatform } from '../platform/test-platform';
import { openedDocument } from './test-support/opened-document';
import { Workbench } from './workbench';

/** A workbench with one coded document, reopened in a second workbench over the same storage. */
async function codedDocument() {
  const { storage, workbench, documentId, code } = await openedDocument(
    'Victims of terrorism need support. Financing must stop.',
  );
  await workbench.coding.applyCode({ start: 0, end: 7 }, code.id);
  await workbench.coding.applyCode({ start: 35, end: 44 }, code.id);
  const reloaded = new Workbench(storage, testPlatform());
  await reloaded.init();
  return { storage, workbench, reloaded, documentId };
}

describe('opening a document from its annotation snapshot', () => {
  it('shows the snapshot at once, then the full records, then drops the snapshot', async () => {
    const { reloaded, documentId } = await codedDocument();
    const seen: (number | null)[] = [];
    reloaded.store.subscribe(() => {
      const preview = reloaded.state.annotationPreview;
      seen.push(preview ? preview.ids.length : null);
    });
    await reloaded.openDocument(documentId);
    // The document was shown with a two-row snapshot before any full record was loaded…
    expect(seen).toContain(2);
    // …and ends with the records in the index and no snapshot.
    expect(reloaded.state.annotationPreview).toBeNull();
    expect(reloaded.annotations.all().map((a) => a.quote)).toEqual(['Victims', 'Financing']);
  });

  it('rebuilds a stored snapshot that no longer matches the records', async () => {
    const { storage, reloaded, documentId } = await codedDocument();
    const projectId = reloaded.state.projectId ?? '';
    const [first] = await storage.listAnnotations(projectId, documentId);
    await storage.putAnnotationColumns(projectId, documentId, columnsFromAnnotations([first!]));
    await reloaded.openDocument(documentId);
    expect(reloaded.annotations.size).toBe(2);
    expect((await storage.getAnnotationColumns(projectId, documentId))?.ids.length).toBe(2);
  });
});
