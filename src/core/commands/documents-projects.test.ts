import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Project } from '../model/types';
import { parseFile } from '../corpus/parse-file';
import { CODER, document, project } from '../repository/test-support/records';
import { addDocuments, removeDocument, renameDocument, setDocumentMemo } from './documents';
import { createProject, deleteProject, renameProject } from './projects';

const ctx = { coderId: CODER, now: '2026-02-01T00:00:00.000Z' };

describe('document and project commands', () => {
  it('rename, memo and remove a document as stamped changes; a blank name changes nothing', () => {
    const doc = document('p', 'd');
    expect(renameDocument(doc, '  ', ctx).changes).toEqual([]);
    const renamed = renameDocument(doc, ' new.txt ', ctx).changes[0]?.after as DocumentMeta;
    expect([renamed?.name, renamed?.updatedAt]).toEqual(['new.txt', ctx.now]);
    expect(setDocumentMemo(doc, 'why', ctx).changes[0]?.after).toMatchObject({ memo: 'why' });
    expect(removeDocument(doc, ctx).label).toBe('remove document d.txt');
  });

  it('adds parsed documents as an import, out of the undo history', async () => {
    const outcome = await parseFile({
      name: 'x.txt',
      bytes: new TextEncoder().encode('Some text.'),
    });
    if (!outcome.ok) throw new Error(outcome.error);
    const parsed = outcome.document;
    let n = 0;
    const { set, documents } = addDocuments('p', [parsed, parsed], () => `id${++n}`, ctx);
    expect(set.source).toBe('import');
    expect(documents.map((d) => [d.id, d.projectId, d.text])).toEqual([
      ['id1', 'p', 'Some text.'],
      ['id2', 'p', 'Some text.'],
    ]);
  });

  it('create, rename and delete a project', () => {
    const { project: made } = createProject('p', '  ', ctx);
    expect(made.name).toBe('Untitled project');
    expect((renameProject(project('p'), 'Renamed', ctx).changes[0]?.after as Project).name).toBe(
      'Renamed',
    );
    expect(deleteProject(project('p'), ctx).changes[0]?.after?.deleted).toBe(true);
  });
});
