import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../anchoring/quote-context';
import type { ProjectSnapshot } from '../../model/snapshot';
import type { Annotation } from '../../model/types';
import { smallProject, testAnnotation } from '../test-support/small-project';
import { anchorSelectors } from './anchor-selectors';
import { exportW3c } from './export-w3c';
import { importW3c } from './import-w3c';

let n = 0;
const ctx = (snapshot: ProjectSnapshot) => ({
  snapshot: { ...snapshot, annotations: [] },
  coderId: 'ada',
  now: '2026-11-30T09:00:00.000Z',
  newId: () => `new-${++n}`,
});

const essentials = (a: Annotation) => ({
  id: a.id,
  documentId: a.documentId,
  start: a.start,
  end: a.end,
  quote: a.quote,
  prefix: a.prefix,
  suffix: a.suffix,
  codeIds: a.codeIds,
  memo: a.memo,
  createdBy: a.createdBy,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

describe('W3C Web Annotation', () => {
  it('exports one annotation per live segment with quote and code-point position selectors', () => {
    const project = smallProject();
    const out = exportW3c(project) as {
      first: { items: Record<string, unknown>[] };
      total: number;
    };
    expect(out.total).toBe(2);
    const council = out.first.items.find((i) => i.id === 'urn:marginalia:annotation:a1') as {
      body: { purpose: string; value: string }[];
      target: { source: { id: string }; selector: Record<string, unknown>[] };
      creator: { name: string };
    };
    expect(council.body.map((b) => [b.purpose, b.value])).toEqual([
      ['tagging', 'Actors > Council'],
      ['tagging', 'Tone'],
      ['commenting', 'memo, with comma'],
    ]);
    const text = project.documents[0]?.text ?? '';
    const start = text.indexOf('Council');
    expect(council.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: start - 1, // the emoji before it is one code point, two UTF-16 units
      end: start - 1 + 'Council café'.length,
    });
    expect(council.target.source.id).toBe(`urn:sha256:${'0'.repeat(64)}`);
    expect(council.creator.name).toBe('Ada');
  });

  it('round-trips segments, codes, memos, coders and times', () => {
    const project = smallProject();
    const back = importW3c('p.json', JSON.stringify(exportW3c(project)), ctx(project));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.codes).toEqual([]);
    expect(back.coders).toEqual([]);
    expect(back.moved).toEqual([]);
    const live = project.annotations.filter((a) => !a.deleted);
    expect(back.annotations.map(essentials).sort((a, b) => a.start - b.start)).toEqual(
      live.map(essentials).sort((a, b) => a.start - b.start),
    );
  });

  it('round-trips any spans of texts with emoji and combining marks (property)', () => {
    const piece = fc.constantFrom('a', 'é', 'e\u0301', '😀', ' ', '\n', 'Council', 'ß', '👍🏽');
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 4, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 }),
        (pieces, spans) => {
          const base = smallProject();
          const text = pieces.join('');
          const doc = { ...base.documents[0]!, text, charCount: text.length };
          const cut = [0];
          for (const p of pieces) cut.push((cut.at(-1) ?? 0) + p.length);
          const annotations = spans
            .map(([x, y], i) => {
              const s = cut[x % cut.length] ?? 0;
              const e = cut[y % cut.length] ?? 0;
              return [Math.min(s, e), Math.max(s, e), i] as const;
            })
            .filter(([s, e]) => e > s && text.slice(s, e).trim() !== '')
            .map(([s, e, i]) => testAnnotation(`x${i}`, 'd1', text, s, e, ['c1']));
          const project = { ...base, documents: [doc], annotations };
          const back = importW3c('p.json', JSON.stringify(exportW3c(project)), ctx(project));
          expect(back.ok).toBe(true);
          if (back.ok) {
            expect(back.annotations.map(essentials)).toEqual(
              [...annotations].sort((a, b) => a.start - b.start || a.end - b.end).map(essentials),
            );
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('lets the quote win over a stale position, with prefix and suffix choosing among repeats', () => {
    const text = 'the cat sat. the cat ran. the  cat\n  slept.';
    const second = text.indexOf('the cat ran');
    const placed = anchorSelectors(text, {
      exact: 'the cat',
      prefix: 'sat. ',
      suffix: ' ran',
      start: 0,
      end: 3,
    });
    expect(placed).toMatchObject({ kind: 'moved', start: second, end: second + 7 });
    const spread = anchorSelectors(text, { exact: 'cat slept', start: 999, end: 1000 });
    expect(spread.kind).toBe('moved');
    if (spread.kind !== 'orphan') expect(text.slice(spread.start, spread.end)).toBe('cat\n  slept');
    expect(anchorSelectors(text, { exact: 'dog' })).toEqual({
      kind: 'orphan',
      reason: 'the quote is not in the text',
    });
  });

  it('creates codes for unknown tags, by path, and coders for unknown creators', () => {
    const project = smallProject();
    const text = project.documents[0]?.text ?? '';
    const file = [
      {
        type: 'Annotation',
        id: 'https://example.org/anno/1',
        creator: { id: 'https://example.org/u/zoe', name: 'Zoë' },
        body: [
          { type: 'TextualBody', purpose: 'tagging', value: 'Actors > States' },
          { type: 'TextualBody', purpose: 'tagging', value: 'tone' },
        ],
        target: {
          source: 'https://example.org/page',
          selector: { type: 'TextQuoteSelector', exact: 'Second paragraph' },
        },
      },
    ];
    const back = importW3c('f.json', JSON.stringify(file), ctx(project));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.codes.map((c) => [c.name, c.parentId])).toEqual([['States', 'c1']]);
    const [a] = back.annotations;
    expect(a?.codeIds).toEqual([back.codes[0]?.id, 'c3']);
    expect(text.slice(a?.start, a?.end)).toBe('Second paragraph');
    expect({ ...quoteContext(text, a!.start, a!.end) }).toMatchObject({ quote: a?.quote });
    expect(back.coders).toEqual([
      { id: 'https://example.org/u/zoe', name: 'Zoë', createdAt: '2026-11-30T09:00:00.000Z' },
    ]);
  });

  it('rejects what it cannot read, naming the file and the annotation, and adds nothing', () => {
    const project = smallProject();
    expect(importW3c('bad.json', '{', ctx(project))).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^bad\.json: not JSON/)],
    });
    expect(importW3c('none.json', '{"a":1}', ctx(project))).toMatchObject({ ok: false });
    const wrong = importW3c(
      'w.json',
      JSON.stringify([{ type: 'Annotation', target: { source: 5 } }]),
      ctx(project),
    );
    expect(wrong).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^w\.json, annotation 1: target/)],
    });
  });
});
