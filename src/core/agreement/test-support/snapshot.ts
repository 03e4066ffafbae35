import type { ProjectSnapshot } from '../../model/snapshot';
import type { Annotation, Code, CorpusDocument } from '../../model/types';

const stamp = (by: string) => ({
  createdBy: by,
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedBy: by,
  updatedAt: '2026-11-24T10:00:00.000Z',
  deleted: false,
});

/** A coded span for `teamSnapshot`: who, where, which codes. */
export interface TestCoding {
  coder: string;
  document: string;
  start: number;
  end: number;
  codes: string[];
  deleted?: boolean;
}

/**
 * A small project several coders coded: documents given as id → text, codes by id (named after
 * the id), coders by id (named after the id), annotations from `codings`.
 */
export function teamSnapshot(
  texts: Record<string, string>,
  codeIds: string[],
  coderIds: string[],
  codings: TestCoding[],
): ProjectSnapshot {
  const documents: CorpusDocument[] = Object.entries(texts).map(([id, text]) => ({
    id,
    ...stamp(coderIds[0] ?? 'x'),
    projectId: 'p',
    name: `${id}.txt`,
    format: 'txt',
    text,
    blocks: paragraphBlocks(text),
    marks: [],
    contentHash: '0'.repeat(64),
    byteSize: text.length,
    charCount: text.length,
    encoding: 'utf-8',
    encodingFallback: false,
    importedAt: '2026-11-24T10:00:00.000Z',
    memo: '',
  }));
  const codes: Code[] = codeIds.map((id, order) => ({
    id,
    ...stamp(coderIds[0] ?? 'x'),
    projectId: 'p',
    parentId: null,
    name: id,
    color: '#4e79a7',
    description: '',
    hotkey: null,
    order,
    memo: '',
  }));
  const annotations: Annotation[] = codings.map((c, i) => ({
    id: `a${i}`,
    ...stamp(c.coder),
    deleted: c.deleted ?? false,
    projectId: 'p',
    documentId: c.document,
    start: c.start,
    end: c.end,
    quote: (texts[c.document] ?? '').slice(c.start, c.end),
    prefix: '',
    suffix: '',
    codeIds: c.codes,
    memo: '',
  }));
  return {
    project: { id: 'p', ...stamp(coderIds[0] ?? 'x'), name: 'Team', memo: '' },
    coders: coderIds.map((id) => ({ id, name: id, createdAt: '2026-11-24T10:00:00.000Z' })),
    documents,
    codes,
    annotations,
    purged: [],
  };
}

/** One paragraph block per blank-line separated paragraph, as the plain-text parser makes them. */
function paragraphBlocks(text: string): CorpusDocument['blocks'] {
  const blocks: CorpusDocument['blocks'] = [];
  for (const match of text.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/g)) {
    let end = match.index + match[0].length;
    while (end > match.index && /\s/.test(text[end - 1] as string)) end--;
    blocks.push({ kind: 'paragraph', start: match.index, end });
  }
  return blocks;
}
