import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../../core/anchoring/quote-context';
import type { Annotation } from '../../../../core/model/types';
import {
  addRecords,
  freshStorage,
  makeAnnotation,
  makeDocument,
  makeProject,
  T1,
} from '../../storage/test-fixtures';
import { reanchorChangedDocument } from './reanchor-changed-document';
import { inThreadReanchor } from './reanchor-runner';

const OLD =
  'Recalling its resolution 2011/31 on technical assistance.\n\n' +
  'Urges Member States that have not yet done so to become parties to the conventions.\n\n' +
  'Requests the Office to report on victims of terrorism.';
const NEW =
  'Recalling its resolution 2011/31 on technical assistance.\n\n' +
  'Urges Member States that have not done so to become parties to the conventions.\n\n' +
  'Decides to remain seized of the matter.';

function on(projectId: string, documentId: string, quote: string, id: string): Annotation {
  const start = OLD.indexOf(quote);
  const end = start + quote.length;
  return {
    ...makeAnnotation(projectId, documentId, ['code-1'], id),
    start,
    end,
    ...quoteContext(OLD, start, end),
    memo: `memo ${id}`,
  };
}

describe('reanchorChangedDocument (the merge entry point)', () => {
  it('sorts the local annotations into exact, fuzzy and orphans, and drops none', async () => {
    const storage = freshStorage();
    const project = makeProject();
    const doc = { ...makeDocument(project.id, 'resolution.txt'), text: OLD };
    const annotations = [
      on(project.id, doc.id, 'Recalling its resolution 2011/31', 'same'),
      on(project.id, doc.id, 'Urges Member States that have not yet done so', 'edited'),
      on(project.id, doc.id, 'report on victims of terrorism', 'gone'),
      { ...on(project.id, doc.id, 'technical assistance', 'deleted'), deleted: true },
    ];
    await addRecords(storage, project.id, [project, doc, ...annotations]);
    const progress: number[] = [];
    const out = await reanchorChangedDocument(
      { storage, reanchor: inThreadReanchor },
      {
        projectId: project.id,
        localDocumentId: doc.id,
        newText: NEW,
        origin: "merged from Ada's file",
        now: T1,
        onProgress: (done) => progress.push(done),
      },
    );
    expect(out.exact.map((c) => c.annotation.id)).toEqual(['same']);
    expect(out.fuzzy.map((c) => c.annotation.id)).toEqual(['edited']);
    expect(out.orphans.map((c) => c.annotation.id)).toEqual(['gone']);
    expect(progress.at(-1)).toBe(3);
    const moved = out.fuzzy[0]!.moved!;
    expect(NEW.slice(moved.start, moved.end)).toBe('Urges Member States that have not done so');
    expect(moved).toMatchObject({ documentId: doc.id, memo: 'memo edited', codeIds: ['code-1'] });
    expect(out.review).toEqual([
      expect.objectContaining({
        id: 'edited',
        documentId: doc.id,
        placedAs: 'edited',
        origin: "merged from Ada's file",
        keptAt: T1,
      }),
      expect.objectContaining({
        id: 'gone',
        reason: 'not-found',
        annotation: expect.objectContaining({
          id: 'gone',
          quote: 'report on victims of terrorism',
        }),
      }),
    ]);
    expect(out.review[0]!.confidence).toBeGreaterThan(0.75);
    expect(out.review[0]!.confidence).toBeLessThan(1);
  });

  it('says which document is missing', async () => {
    const storage = freshStorage();
    await expect(
      reanchorChangedDocument(
        { storage, reanchor: inThreadReanchor },
        { projectId: 'p', localDocumentId: 'nope', newText: NEW, origin: 'x', now: T1 },
      ),
    ).rejects.toThrow('nope');
  });
});
