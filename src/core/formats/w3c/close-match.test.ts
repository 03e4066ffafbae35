import { describe, expect, it } from 'vitest';
import { smallProject } from '../test-support/small-project';
import { importW3c } from './import-w3c';

const project = () => ({ ...smallProject(), annotations: [] });
const quoteOnly = (exact: string, prefix = '', suffix = '') =>
  JSON.stringify([
    {
      type: 'Annotation',
      id: 'urn:test:1',
      target: { source: 'x', selector: { type: 'TextQuoteSelector', exact, prefix, suffix } },
    },
  ]);

describe('W3C quotes not in the text as they are', () => {
  it('are placed on the closest match by the re-anchoring machinery, flagged for the preview', () => {
    const snapshot = project();
    const doc = snapshot.documents.find((d) => !d.deleted && d.text)!;
    const text = doc.text!;
    // A quote of 30 characters from the text with one letter changed.
    const start = text.search(/\S/) + 2;
    const exact = text.slice(start, start + 30);
    const typo = `${exact.slice(0, 10)}${exact[10] === 'x' ? 'y' : 'x'}${exact.slice(11)}`;
    let n = 0;
    const read = importW3c('t.w3c.json', quoteOnly(typo), {
      snapshot,
      documentId: doc.id,
      coderId: 'ada',
      now: '2026-11-30T09:00:00.000Z',
      newId: () => `n${++n}`,
    });
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.orphans).toEqual([]);
    expect(read.annotations.map((a) => [a.start, a.end])).toEqual([[start, start + 30]]);
    expect(read.moved[0]?.reason).toMatch(/closest match \(\d+% sure\): check it/);
  });

  it('stay orphans when nothing close is there, never a guess', () => {
    const snapshot = project();
    const doc = snapshot.documents.find((d) => !d.deleted && d.text)!;
    const read = importW3c('t.w3c.json', quoteOnly('qqqq zzzz wwww kkkk'), {
      snapshot,
      documentId: doc.id,
      coderId: 'ada',
      now: '2026-11-30T09:00:00.000Z',
      newId: () => 'n',
    });
    expect(read.ok && read.orphans.map((o) => o.reason)).toEqual(['the quote is not in the text']);
    expect(read.ok && read.annotations).toEqual([]);
  });
});
