// Record builders for the repository and command tests (never imported by production code).
import type { Annotation, Code, CorpusDocument, Id, Project } from '../../model/types';

export const T0 = '2026-01-01T00:00:00.000Z';
export const CODER = 'coder-ada';

const stamp = (id: Id) => ({
  id,
  createdBy: CODER,
  createdAt: T0,
  updatedBy: CODER,
  updatedAt: T0,
  deleted: false,
});

export function project(id: Id, name = 'Study'): Project {
  return { ...stamp(id), name, memo: '' };
}

export function document(projectId: Id, id: Id, text = `Text of ${id}.`): CorpusDocument {
  return {
    ...stamp(id),
    projectId,
    name: `${id}.txt`,
    format: 'txt',
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    marks: [],
    contentHash: `hash-${id}`,
    byteSize: text.length,
    charCount: text.length,
    encoding: 'utf-8',
    encodingFallback: false,
    importedAt: T0,
    memo: '',
  };
}

export function code(projectId: Id, id: Id, name = id, parentId: Id | null = null): Code {
  return {
    ...stamp(id),
    projectId,
    parentId,
    name,
    color: '#336699',
    description: '',
    hotkey: null,
    order: 0,
    memo: '',
  };
}

export function annotation(projectId: Id, documentId: Id, id: Id, codeIds: Id[]): Annotation {
  return {
    ...stamp(id),
    projectId,
    documentId,
    start: 0,
    end: 4,
    quote: 'Text',
    prefix: '',
    suffix: ' of',
    codeIds,
    memo: '',
  };
}
