import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteContext } from '../quote-context';
import type { Anchor } from './placement';
import { reanchorAll, reanchorInChunks } from './reanchor';

/** An anchor on the `nth` occurrence of `quote` in `text`, with its context, as annotations keep it. */
function anchorOn(text: string, quote: string, nth = 0): Anchor {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in the text`);
  return { start: at, end: at + quote.length, ...quoteContext(text, at, at + quote.length) };
}

const P1 = 'Recalling its resolution on the protection of human rights while countering terrorism.';
const P2 =
  'Stressing the need to strengthen international cooperation against the financing of terrorism.';
const P3 =
  'Urges Member States to provide support and assistance to the victims of terrorism and their families.';
const OLD = [P1, P2, P3].join('\n\n');

const placeOne = (oldText: string | null, newText: string, a: Anchor) =>
  reanchorAll(oldText, newText, [a])[0]!;
const spanOf = (text: string, p: { start: number; end: number }) => text.slice(p.start, p.end);

describe('reanchorAll on edited texts', () => {
  it('keeps every annotation of an unchanged text in place, exactly', () => {
    const anchors = ['human rights', 'financing of terrorism', 'victims'].map((q) =>
      anchorOn(OLD, q),
    );
    expect(reanchorAll(OLD, OLD, anchors)).toEqual(
      anchors.map((a) => ({ status: 'exact', start: a.start, end: a.end, method: 'unchanged' })),
    );
  });

  it('shifts annotations past an insertion or a deletion (the diff maps them)', () => {
    const a = anchorOn(OLD, 'the victims of terrorism');
    const inserted = OLD.replace(P2, `${P2}\n\nNotes with concern the new paragraph.`);
    const p = placeOne(OLD, inserted, a);
    expect(p).toMatchObject({ status: 'exact', method: 'unchanged' });
    expect(spanOf(inserted, p as { start: number; end: number })).toBe(a.quote);
    const deleted = OLD.replace(`${P1}\n\n`, '');
    expect(placeOne(OLD, deleted, a)).toMatchObject({
      status: 'exact',
      start: a.start - P1.length - 2,
    });
  });

  it('finds a moved paragraph by its quote', () => {
    const moved = [P3, P1, P2].join('\n\n');
    const a = anchorOn(OLD, 'support and assistance to the victims');
    expect(placeOne(OLD, moved, a)).toEqual({
      status: 'exact',
      start: moved.indexOf(a.quote),
      end: moved.indexOf(a.quote) + a.quote.length,
      method: 'unique-quote',
    });
  });

  it('follows a quote whose whitespace changed (another layout), as fuzzy', () => {
    const relaid = OLD.replace('strengthen international', 'strengthen\ninternational').replace(
      /\n\n/g,
      '\n\t',
    );
    const a = anchorOn(OLD, 'strengthen international cooperation');
    const p = placeOne(OLD, relaid, a);
    expect(p).toMatchObject({ status: 'fuzzy', method: 'whitespace' });
    if (p.status !== 'fuzzy') return;
    expect(spanOf(relaid, p)).toBe('strengthen\ninternational cooperation');
    expect(p.confidence).toBeGreaterThan(0.95);
  });

  it('follows a quote with changed punctuation and an edited word, with a confidence below 1', () => {
    const edited = OLD.replace(
      'victims of terrorism and their families',
      'victims of terrorism, and their relatives',
    );
    const a = anchorOn(
      OLD,
      'support and assistance to the victims of terrorism and their families',
    );
    const p = placeOne(OLD, edited, a);
    expect(p).toMatchObject({ status: 'fuzzy', method: 'approximate' });
    if (p.status !== 'fuzzy') return;
    expect(spanOf(edited, p)).toBe(
      'support and assistance to the victims of terrorism, and their relatives',
    );
    expect(p.confidence).toBeGreaterThan(0.75);
    expect(p.confidence).toBeLessThan(1);
  });

  it('lets prefix and suffix decide between repeated quotes', () => {
    const text = 'A: the victims matter. B: the victims speak. C: the victims wait.';
    const a = anchorOn(text, 'the victims', 1);
    // Without the old text (no diff), only the context tells the occurrences apart: intact
    // context makes the match exact...
    const added = `Preamble. ${text}`;
    expect(placeOne(null, added, a)).toEqual({
      status: 'exact',
      start: a.start + 10,
      end: a.end + 10,
      method: 'quote-and-context',
    });
    // ...and context that changed around it (sentences reordered) still picks it, as fuzzy.
    const reordered = 'C: the victims wait. B: the victims speak. A: the victims matter.';
    const p = placeOne(null, reordered, a);
    expect(p).toMatchObject({ status: 'fuzzy', method: 'context', start: 24, end: 35 });
    expect(reordered.slice(21, 24)).toBe('B: ');
  });

  it('makes an orphan, with its best guess, when repeated quotes cannot be told apart', () => {
    const text = 'the victims. the victims. the victims.';
    const a = anchorOn(text, 'the victims', 1);
    const p = placeOne(null, `${text} the victims.`, a);
    expect(p).toMatchObject({ status: 'orphan', reason: 'ambiguous', best: { confidence: 0.5 } });
  });

  it('makes an orphan when the quoted text is gone', () => {
    const a = anchorOn(OLD, 'financing of terrorism');
    const gone = OLD.replace(P2, 'Welcomes the report of the Secretary-General.');
    const p = placeOne(OLD, gone, a);
    expect(p.status).toBe('orphan');
    expect(placeOne(OLD, OLD, { ...a, quote: '' })).toEqual({
      status: 'orphan',
      reason: 'empty-quote',
    });
  });

  it('works without the old text, from quote, context and position alone', () => {
    const moved = [P2, P3, P1].join('\n\n');
    const a = anchorOn(OLD, 'human rights');
    expect(placeOne(null, moved, a)).toMatchObject({
      status: 'exact',
      start: moved.indexOf('human rights'),
    });
  });

  it('property: exact placements quote exactly; every annotation gets a placement', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '😀'),
          minLength: 1,
          maxLength: 80,
        }),
        fc.string({ unit: fc.constantFrom('a', 'c', ' ', '😀'), maxLength: 10 }),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 8 }),
        (text, insert, at, spans) => {
          const cut = at % (text.length + 1);
          const newText = text.slice(0, cut) + insert + text.slice(cut);
          const anchors = spans.map(([s, len]) => {
            const start = s % text.length;
            const end = Math.min(text.length, start + 1 + len);
            return { start, end, ...quoteContext(text, start, end) };
          });
          const same = reanchorAll(text, text, anchors);
          same.forEach((p, i) =>
            expect(p).toMatchObject({ status: 'exact', start: anchors[i]!.start }),
          );
          const placed = reanchorAll(text, newText, anchors);
          expect(placed).toHaveLength(anchors.length);
          placed.forEach((p, i) => {
            if (p.status === 'exact') expect(newText.slice(p.start, p.end)).toBe(anchors[i]!.quote);
            if (p.status === 'fuzzy') {
              expect(0 <= p.start && p.start < p.end && p.end <= newText.length).toBe(true);
              expect(p.confidence).toBeGreaterThanOrEqual(0.75);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reanchorInChunks', () => {
  const anchors = Array.from({ length: 7 }, (_, i) =>
    anchorOn(OLD, ['human', 'terrorism', 'victims'][i % 3]!, 0),
  );

  it('gives the same placements as reanchorAll, reporting progress per chunk', async () => {
    const progress: number[] = [];
    const edited = OLD.replace('Urges', 'Strongly urges');
    const placed = await reanchorInChunks(OLD, edited, anchors, {
      chunkSize: 3,
      onProgress: (d) => progress.push(d),
    });
    expect(placed).toEqual(reanchorAll(OLD, edited, anchors));
    expect(progress).toEqual([3, 6, 7]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const run = reanchorInChunks(OLD, OLD, anchors, {
      chunkSize: 2,
      signal: controller.signal,
      onProgress: (done) => done >= 4 && controller.abort(new Error('cancelled by the user')),
    });
    await expect(run).rejects.toThrow('cancelled by the user');
  });
});
