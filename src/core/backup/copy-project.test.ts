import { describe, expect, it } from 'vitest';
import type { Annotation, Code, CorpusDocument, Project } from '../model/types';
import { copyProject } from './copy-project';

const stamp = { createdBy: 'c1', createdAt: 't', updatedBy: 'c1', updatedAt: 't', deleted: false };
const project: Project = { id: 'p', name: 'P', memo: '', ...stamp };
const doc = { id: 'd', projectId: 'p', name: 'a.txt', text: 'hello world' } as CorpusDocument;
const parent: Code = {
  id: 'k1',
  projectId: 'p',
  parentId: null,
  name: 'A',
  color: '#000000',
  description: '',
  hotkey: '1',
  order: 0,
  memo: '',
  ...stamp,
};
const child: Code = { ...parent, id: 'k2', parentId: 'k1', name: 'B', hotkey: null };
const annotation: Annotation = {
  id: 'a',
  projectId: 'p',
  documentId: 'd',
  start: 0,
  end: 5,
  quote: 'hello',
  prefix: '',
  suffix: ' world',
  codeIds: ['k1', 'k2'],
  memo: 'm',
  ...stamp,
};

describe('copyProject', () => {
  it('gives every record a fresh id and rewrites every reference', () => {
    let n = 0;
    const copy = copyProject(
      {
        project,
        coders: [],
        documents: [doc],
        codes: [parent, child],
        annotations: [annotation],
        purged: [{ kind: 'annotation', id: 'gone', projectId: 'p', purgedBy: 'c1', purgedAt: 't' }],
        conflicts: [{ kind: 'annotation', record: { ...annotation, memo: 'theirs', rev: '2-x' } }],
      },
      () => `n${++n}`,
      'Copy',
    );
    const allIds = [
      copy.project.id,
      ...copy.documents.map((d) => d.id),
      ...copy.codes.map((c) => c.id),
      ...copy.annotations.map((a) => a.id),
    ];
    expect(new Set(allIds).size).toBe(5);
    for (const old of ['p', 'd', 'k1', 'k2', 'a']) expect(allIds).not.toContain(old);
    expect(copy.project.name).toBe('Copy');
    const [c1, c2] = copy.codes;
    expect(c2?.parentId).toBe(c1?.id);
    expect(copy.annotations[0]?.documentId).toBe(copy.documents[0]?.id);
    expect(copy.annotations[0]?.codeIds).toEqual([c1?.id, c2?.id]);
    expect(copy.annotations[0]?.projectId).toBe(copy.project.id);
    expect(copy.annotations[0]?.memo).toBe('m');
    // The original is untouched.
    expect(annotation.codeIds).toEqual(['k1', 'k2']);
    // A kept conflict still names its record, its document and codes in the copy.
    const kept = copy.conflicts?.[0]?.record as Annotation;
    expect([kept.id, kept.documentId, kept.codeIds, kept.projectId, kept.memo]).toEqual([
      copy.annotations[0]?.id,
      copy.documents[0]?.id,
      [c1?.id, c2?.id],
      copy.project.id,
      'theirs',
    ]);
    expect(copy.purged.map((p) => [p.projectId, p.id === 'gone'])).toEqual([
      [copy.project.id, false],
    ]);
  });

  it("rewrites a consensus annotation's provenance to the copies of its sources, purged ones too", () => {
    let n = 0;
    const consensus: Annotation = { ...annotation, id: 'c', derivedFrom: ['a', 'gone'] };
    const copy = copyProject(
      {
        project,
        coders: [],
        documents: [doc],
        codes: [parent, child],
        annotations: [consensus, annotation],
        purged: [{ kind: 'annotation', id: 'gone', projectId: 'p', purgedBy: 'c1', purgedAt: 't' }],
      },
      () => `n${++n}`,
      'Copy',
    );
    const [made, source] = copy.annotations;
    expect(made?.derivedFrom).toEqual([source?.id, copy.purged[0]?.id]);
    expect(copy.annotations[1]?.derivedFrom).toBeUndefined();
  });
});
