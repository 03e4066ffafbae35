import { created } from '../../model/stamp';
import { quoteContext } from '../../anchoring/quote-context';
import type { ProjectSnapshot } from '../../model/snapshot';
import type { Annotation, Code } from '../../model/types';
import { makeAnnotation, makeCode } from '../../codebook/test-support/make-code';

const T0 = '2026-11-30T08:00:00.000Z';

/** A code for tests, stamped by `ada` (the codebook tests' builder, with a parent). */
export function testCode(
  id: string,
  name: string,
  parentId: string | null,
  extra: Partial<Code> = {},
): Code {
  return makeCode(id, name, { parentId, ...extra });
}

/** An annotation over `text[start, end)` with its quote and context taken from the text. */
export function testAnnotation(
  id: string,
  documentId: string,
  text: string,
  start: number,
  end: number,
  codeIds: string[],
  extra: Partial<Annotation> = {},
): Annotation {
  return makeAnnotation(id, codeIds, {
    documentId,
    start,
    end,
    ...quoteContext(text, start, end),
    ...extra,
  });
}

/**
 * A small project with what exports get wrong: an emoji (a surrogate pair) before coded text,
 * a combining mark, a segment with two codes, a nested code, a tombstoned annotation, two coders.
 */
export function smallProject(): ProjectSnapshot {
  const text = 'Intro 😀 line.\nThe Council café decides, "firmly".\nSecond paragraph here.';
  const at = (s: string): number => text.indexOf(s);
  return {
    project: { id: 'p1', name: 'Small', memo: 'Project memo', ...created('ada', T0) },
    coders: [
      { id: 'ada', name: 'Ada', createdAt: T0 },
      { id: 'bo', name: 'Bo, "the second"', createdAt: T0 },
    ],
    documents: [
      {
        id: 'd1',
        projectId: 'p1',
        name: 'First.txt',
        format: 'txt',
        text,
        blocks: [],
        marks: [],
        contentHash: '0'.repeat(64),
        byteSize: new TextEncoder().encode(text).length,
        charCount: text.length,
        encoding: 'utf-8',
        encodingFallback: false,
        importedAt: T0,
        memo: '',
        ...created('ada', T0),
      },
    ],
    codes: [
      testCode('c1', 'Actors', null, { color: '#e15759', description: 'Who acts', hotkey: '1' }),
      testCode('c2', 'Council', 'c1', { description: 'Multi\nline, "quoted"' }),
      testCode('c3', 'Tone', null, { color: '#59a14f' }),
    ],
    annotations: [
      testAnnotation(
        'a1',
        'd1',
        text,
        at('Council'),
        at('Council') + 'Council café'.length,
        ['c2', 'c3'],
        {
          memo: 'memo, with comma',
        },
      ),
      testAnnotation('a2', 'd1', text, at('line'), at('line') + 4, ['c1'], { createdBy: 'bo' }),
      testAnnotation('a3', 'd1', text, at('Second'), at('Second') + 6, ['c1'], { deleted: true }),
    ],
    purged: [],
  };
}
