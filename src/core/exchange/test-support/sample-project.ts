import type { ExportInput } from '../export';

const stamp = {
  createdBy: 'coder-1',
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedBy: 'coder-1',
  updatedAt: '2026-11-24T10:00:00.000Z',
  deleted: false,
};

/** A small hand-made project for example-based tests (one document, three codes, two annotations). */
export function sampleProject(): ExportInput {
  const text = 'The victims were silent. 👍🏽 Nobody spoke.';
  return {
    exportedBy: { coderId: 'coder-1', name: 'Ada' },
    project: { id: 'p1', ...stamp, name: 'Interviews', memo: '' },
    coders: [{ id: 'coder-1', name: 'Ada', createdAt: stamp.createdAt }],
    documents: [
      {
        id: 'd1',
        ...stamp,
        projectId: 'p1',
        name: 'interview.txt',
        format: 'txt',
        text,
        blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
        marks: [],
        contentHash: 'a'.repeat(64),
        byteSize: 50,
        charCount: text.length,
        encoding: 'utf-8',
        encodingFallback: false,
        importedAt: stamp.createdAt,
        memo: '',
      },
    ],
    codes: [
      {
        id: 'c1',
        ...stamp,
        projectId: 'p1',
        parentId: null,
        name: 'Harm',
        color: '#e15759',
        description: '',
        hotkey: '1',
        order: 0,
        memo: '',
      },
      {
        id: 'c2',
        ...stamp,
        projectId: 'p1',
        parentId: 'c1',
        name: 'Victims',
        color: '#4e79a7',
        description: '',
        hotkey: null,
        order: 0,
        memo: '',
      },
      {
        id: 'c3',
        ...stamp,
        projectId: 'p1',
        parentId: null,
        name: 'Silence',
        color: '#59a14f',
        description: '',
        hotkey: null,
        order: 1,
        memo: '',
      },
    ],
    annotations: [
      {
        id: 'a1',
        ...stamp,
        projectId: 'p1',
        documentId: 'd1',
        start: 4,
        end: 11,
        quote: 'victims',
        prefix: 'The ',
        suffix: ' were silent. 👍🏽 Nobody spoke.',
        codeIds: ['c2'],
        memo: '',
      },
      {
        id: 'a2',
        ...stamp,
        projectId: 'p1',
        documentId: 'd1',
        start: 17,
        end: 23,
        quote: 'silent',
        prefix: 'The victims were ',
        suffix: '. 👍🏽 Nobody spoke.',
        codeIds: ['c3', 'c1'],
        memo: 'key',
      },
    ],
  };
}
