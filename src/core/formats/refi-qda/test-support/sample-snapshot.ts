import type { ProjectSnapshot } from '../../../model/snapshot';
import { quoteContext } from '../../../anchoring/quote-context';
import { parsePlainText } from '../../../corpus/plain-text';
import type { Annotation, Code, Stamped } from '../../../model/types';

const ADA = '018f3a10-0000-7000-8000-000000000001';
const BO = '018f3a10-0000-7000-8000-000000000002';
const PROJECT = '018f3a10-0000-7000-8000-0000000000aa';
const DOC = '018f3a10-0000-7000-8000-0000000000d1';

const stamp = (by = ADA): Stamped => ({
  id: '',
  createdBy: by,
  createdAt: '2026-11-24T10:00:00.000Z',
  updatedBy: by,
  updatedAt: '2026-11-25T08:30:00.000Z',
  deleted: false,
});

/** The text of the sample document: an emoji, a skin-tone emoji, a combining accent, CJK. */
export const SAMPLE_TEXT =
  'Interview A\nI trust my doctor 😀 but not the cafe\u0301.\nWe 👍🏽 agreed: 中文 & "quotes" <tags>.\n';

const code = (
  id: string,
  name: string,
  parentId: string | null,
  extra: Partial<Code> = {},
): Code => ({
  ...stamp(),
  id,
  projectId: PROJECT,
  parentId,
  name,
  color: '#4e79a7',
  description: '',
  hotkey: null,
  order: 0,
  memo: '',
  ...extra,
});

const span = (quote: string, occurrence = 0) => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = SAMPLE_TEXT.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`sample text has no ${quote}`);
  return {
    start,
    end: start + quote.length,
    ...quoteContext(SAMPLE_TEXT, start, start + quote.length),
  };
};

const annotation = (
  id: string,
  quote: string,
  codeIds: string[],
  extra: Partial<Annotation> = {},
): Annotation => ({
  ...stamp(),
  id,
  projectId: PROJECT,
  documentId: DOC,
  ...span(quote),
  codeIds,
  memo: '',
  ...extra,
});

/**
 * A small coded project for REFI-QDA tests: two coders, a nested codebook with descriptions,
 * colours and a memo, a code in the trash, one document with astral characters and a combining
 * mark, annotations with several codes, memos, XML-special characters and a deleted one.
 */
export function sampleSnapshot(): ProjectSnapshot {
  return {
    project: { ...stamp(), id: PROJECT, name: 'Trust & care', memo: 'Project memo:\nfirst round' },
    coders: [
      { id: ADA, name: 'Ada', createdAt: '2026-11-24T10:00:00.000Z' },
      { id: BO, name: 'Bo "B" <Ø>', createdAt: '2026-11-24T10:00:00.000Z' },
    ],
    documents: [
      {
        ...stamp(),
        id: DOC,
        projectId: PROJECT,
        name: 'interview-a.txt',
        format: 'txt',
        text: SAMPLE_TEXT,
        ...parsePlainText(SAMPLE_TEXT),
        contentHash: 'a'.repeat(64),
        byteSize: SAMPLE_TEXT.length,
        charCount: SAMPLE_TEXT.length,
        encoding: 'utf-8',
        encodingFallback: false,
        importedAt: '2026-11-24T10:00:00.000Z',
        memo: 'Document memo',
        attributes: { age: '34', site: 'Lyon & "Rhône"', 'follow-up': '' },
      },
    ],
    codes: [
      code('018f3a10-0000-7000-8000-0000000000c1', 'Themes', null, {
        description: 'Top level',
        color: '#e15759',
      }),
      code(
        '018f3a10-0000-7000-8000-0000000000c2',
        'Trust',
        '018f3a10-0000-7000-8000-0000000000c1',
        {
          description: 'Statements of trust\nover two lines',
          memo: 'Code memo',
        },
      ),
      code('018f3a10-0000-7000-8000-0000000000c3', 'Place', null, { order: 1, color: '#59a14f' }),
      code('018f3a10-0000-7000-8000-0000000000c4', 'Old', null, { order: 2, deleted: true }),
    ],
    annotations: [
      annotation(
        '018f3a10-0000-7000-8000-000000000a01',
        'trust my doctor 😀',
        ['018f3a10-0000-7000-8000-0000000000c2', '018f3a10-0000-7000-8000-0000000000c1'],
        { memo: 'Annotation memo' },
      ),
      annotation('018f3a10-0000-7000-8000-000000000a02', 'cafe\u0301', [
        '018f3a10-0000-7000-8000-0000000000c3',
      ]),
      annotation(
        '018f3a10-0000-7000-8000-000000000a03',
        '👍🏽 agreed: 中文 & "quotes" <tags>',
        ['018f3a10-0000-7000-8000-0000000000c3'],
        { ...stamp(BO), id: '018f3a10-0000-7000-8000-000000000a03' },
      ),
      annotation(
        '018f3a10-0000-7000-8000-000000000a04',
        'Interview A',
        ['018f3a10-0000-7000-8000-0000000000c4'],
        { deleted: true },
      ),
    ],
    purged: [],
  };
}
