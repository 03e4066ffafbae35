import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nowIso } from '../../../../core/ids/new-id';
import { openedDocument } from '../../state/test-support/opened-document';
import { w3cIntoProject } from '../../../../core/formats/w3c/w3c-into-project';
import { describeW3cPreview, importW3cIntoProject } from './import-w3c';

/** One annotation by a coder the profile does not know yet, on a page the project does not name. */
const FILE = JSON.stringify([
  {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'urn:test:a1',
    creator: { id: 'https://example.org/bo', name: 'Bo' },
    body: [],
    target: {
      source: 'https://example.org/page',
      selector: [
        { type: 'TextQuoteSelector', exact: 'terrorism', prefix: 'Victims of ', suffix: ' need' },
      ],
    },
  },
]);

async function previewed() {
  const fixture = await openedDocument();
  const { workbench, documentId } = fixture;
  const projectId = workbench.state.projectId ?? '';
  const project = await workbench.storage.readSnapshot(projectId);
  if (!project) throw new Error('no project');
  const read = w3cIntoProject(project, 'web.w3c.json', FILE, {
    documentId,
    coderId: workbench.state.coder?.id ?? '',
    now: nowIso(),
    newId: () => crypto.randomUUID(),
  });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  expect(read.coders.map((c) => c.name)).toEqual(['Bo']);
  return { ...fixture, projectId, read };
}

afterEach(() => vi.restoreAllMocks());

describe('importW3cIntoProject', () => {
  it('writes the new coder in the same change set: a failed write leaves no coder behind', async () => {
    const { workbench, storage, projectId, read } = await previewed();
    const coders = async () => (await storage.listCoders()).map((c) => c.name).sort();
    const before = await coders();
    vi.spyOn(storage, 'apply').mockRejectedValueOnce(new Error('disk full'));
    await expect(importW3cIntoProject(workbench, projectId, 'web.w3c.json', read)).rejects.toThrow(
      'disk full',
    );
    expect(await coders()).toEqual(before);
    expect(workbench.state.documents).toHaveLength(1);

    // Whole when it lands: the annotation and its coder; Undo takes the annotation back.
    expect(await importW3cIntoProject(workbench, projectId, 'web.w3c.json', read)).toBe(1);
    expect(await coders()).toEqual([...before, 'Bo'].sort());
    const live = async () =>
      (await storage.readSnapshot(projectId))?.annotations.filter((a) => !a.deleted) ?? [];
    expect(await live()).toHaveLength(1);
    await workbench.undo();
    expect(await live()).toHaveLength(0);
  });

  it('lists each close match in the preview, so an uncertain repair is seen before Import', () => {
    const reason =
      'the quote is not in the text as it is; placed on the closest match (88% sure): check it';
    const lines = describeW3cPreview({
      ok: true,
      annotations: [],
      codes: [],
      coders: [],
      moved: [
        { index: 0, id: 'urn:a', reason },
        {
          index: 1,
          id: 'urn:b',
          reason: 'the position did not match the quote; placed by the quote',
        },
      ],
      orphans: [],
      alreadyThere: 0,
    });
    expect(lines).toContain('Placed on the closest match of their quote, check them (1):');
    expect(lines).toContain(`- urn:a: ${reason}`);
    expect(lines.join('\n')).not.toContain('urn:b');
  });
});
