import { created } from '../../../model/stamp';
import type { ProjectSnapshot } from '../../../model/snapshot';

/**
 * A one-document project of `words` numbered words and a W3C file of `count` annotations on it,
 * every other one with a position that disagrees with its quote (so it is placed by the quote):
 * a workload for chunked placing, progress and cancel.
 */
export function manyW3cAnnotations(
  words: number,
  count: number,
): { project: ProjectSnapshot; file: string } {
  const t0 = '2026-11-30T09:00:00.000Z';
  const text = Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
  const project: ProjectSnapshot = {
    project: { id: 'p', name: 'Many', memo: '', ...created('ada', t0) },
    coders: [{ id: 'ada', name: 'Ada', createdAt: t0 }],
    documents: [
      {
        id: 'd',
        projectId: 'p',
        name: 'many.txt',
        format: 'txt',
        text,
        blocks: [],
        marks: [],
        contentHash: 'a'.repeat(64),
        byteSize: text.length,
        charCount: text.length,
        encoding: 'utf-8',
        encodingFallback: false,
        importedAt: t0,
        memo: '',
        ...created('ada', t0),
      },
    ],
    codes: [],
    annotations: [],
    purged: [],
  };
  const annotations = Array.from({ length: count }, (_, i) => {
    const exact = `word${(i * 7) % words}`;
    const start = text.indexOf(`${exact} `) >= 0 ? text.indexOf(`${exact} `) : text.indexOf(exact);
    const shift = i % 2 === 0 ? 0 : 3;
    return {
      type: 'Annotation',
      id: `urn:test:${i}`,
      body: [{ type: 'TextualBody', purpose: 'tagging', value: `Theme ${i % 5}` }],
      target: {
        source: 'many.txt',
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start: start + shift, end: start + shift + exact.length },
        ],
      },
    };
  });
  return { project, file: JSON.stringify(annotations) };
}
