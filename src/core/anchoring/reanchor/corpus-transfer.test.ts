// eslint-disable-next-line no-restricted-imports -- test-only: reads the sample corpus
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeNewlines } from '../../text/normalize';
import { quoteContext } from '../quote-context';
import type { Placement } from './placement';
import { reanchorAll } from './reanchor';

// Test-only file access: the sample corpus the issue names. The module under test stays pure.
const corpus = (name: string) =>
  normalizeNewlines(
    readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url), 'utf8'),
  );

const SOURCE = corpus('E-RES-2013-32.txt');

/**
 * Segments a coder might code in E/RES/2013/32, and where each should land in A/RES/68/187 (the
 * same resolution, General Assembly layout: tab-indented, footnotes as plain digits, no page
 * furniture) and in E/RES/2017/17 (the next resolution: paragraphs edited, added and dropped).
 * Each expectation was checked by reading the three texts: `exact` and `fuzzy` give the span the
 * annotation must cover; `orphan` means the passage is gone or edited too much to apply
 * silently, with `near` a phrase the best guess must overlap when there is a right place.
 */
type Expected = { exact: string } | { fuzzy: string } | { orphan: true; near?: string };

const CODED: { quote: string; nth?: number; ga: Expected; next: Expected }[] = [
  {
    quote:
      'Technical assistance for implementing the international conventions and protocols related to counter-terrorism',
    ga: {
      exact:
        'Technical assistance for implementing the international conventions and protocols related to counter-terrorism',
    },
    next: {
      exact:
        'Technical assistance for implementing the international conventions and protocols related to counter-terrorism',
    },
  },
  {
    // The one preambular paragraph the 2017 text keeps word for word.
    quote:
      'Stressing again the need to strengthen international, regional and subregional cooperation to effectively prevent and combat terrorism',
    ga: {
      exact:
        'Stressing again the need to strengthen international, regional and subregional cooperation to effectively prevent and combat terrorism',
    },
    next: {
      exact:
        'Stressing again the need to strengthen international, regional and subregional cooperation to effectively prevent and combat terrorism',
    },
  },
  {
    quote: 'recognizing the need to enhance the important role that the United Nations plays',
    ga: {
      exact: 'recognizing the need to enhance the important role that the United Nations plays',
    },
    next: { orphan: true },
  },
  {
    // Spans a page break: the PDF text has the footnote and blank lines inside the sentence.
    quote:
      'in coordination with other international, regional and subregional\n\n¹ General Assembly resolution 60/288.\n\n\n\n\n\norganizations, in facilitating coherence',
    ga: {
      fuzzy:
        'in coordination with other international, regional and subregional organizations, in facilitating coherence',
    },
    next: { orphan: true },
  },
  {
    quote:
      'victims of terrorism are treated with dignity and that their rights are recognized and protected',
    ga: {
      exact:
        'victims of terrorism are treated with dignity and that their rights are recognized and protected',
    },
    next: { orphan: true },
  },
  {
    quote: 'the use of the Internet for terrorist purposes, inter alia, recruitment and incitement',
    ga: {
      exact:
        'the use of the Internet for terrorist purposes, inter alia, recruitment and incitement',
    },
    next: { orphan: true },
  },
  {
    // 2017 inserts "in all its forms and manifestations" into the sentence.
    quote:
      'Reaffirming that terrorism cannot and should not be associated with any religion, nationality, civilization or ethnic group',
    ga: {
      exact:
        'Reaffirming that terrorism cannot and should not be associated with any religion, nationality, civilization or ethnic group',
    },
    next: { orphan: true, near: 'cannot and should not be associated with any religion' },
  },
  {
    // 2017: "related to terrorism" became "related to counter-terrorism".
    quote:
      'Urges Member States that have not yet done so to consider becoming parties to the existing international conventions and protocols related to terrorism',
    ga: {
      exact:
        'Urges Member States that have not yet done so to consider becoming parties to the existing international conventions and protocols related to terrorism',
    },
    next: {
      fuzzy:
        'Urges Member States that have not yet done so to consider becoming parties to the existing international conventions and protocols related to counter-terrorism',
    },
  },
  {
    // A one-word code on operative paragraph 2's verb; "Urges" opens three paragraphs, the
    // context picks paragraph 2 (2017: paragraph 3, same sentence).
    quote: 'Urges',
    nth: 1,
    ga: { fuzzy: 'Urges' },
    next: { fuzzy: 'Urges' },
  },
  {
    // Paragraph 2 is split by a blank line in the PDF text; only whitespace differs in the GA text.
    quote:
      'to provide technical assistance to Member States to that end,\n\nincluding by continuing and enhancing its assistance related to international legal cooperation pertaining to terrorism',
    ga: {
      fuzzy:
        'to provide technical assistance to Member States to that end, including by continuing and enhancing its assistance related to international legal cooperation pertaining to terrorism',
    },
    next: {
      orphan: true,
      near: 'to Member States to those ends, including by continuing and enhancing its assistance',
    },
  },
  {
    // 2017: "fair and effective" became "effective, fair, humane, transparent and accountable".
    quote:
      'Stresses the importance of the development and maintenance of fair and effective criminal justice systems',
    ga: {
      exact:
        'Stresses the importance of the development and maintenance of fair and effective criminal justice systems',
    },
    next: {
      orphan: true,
      near: 'Stresses the importance of the development and maintenance of effective',
    },
  },
  {
    quote:
      'to take into account in its technical assistance to counter terrorism the elements necessary for building national capacity in order to strengthen criminal justice systems and the rule of law',
    ga: {
      exact:
        'to take into account in its technical assistance to counter terrorism the elements necessary for building national capacity in order to strengthen criminal justice systems and the rule of law',
    },
    next: {
      exact:
        'to take into account in its technical assistance to counter terrorism the elements necessary for building national capacity in order to strengthen criminal justice systems and the rule of law',
    },
  },
  {
    // 2017 keeps "support for victims of terrorism" but in another sentence (paragraph 13).
    quote:
      'support for victims of terrorism, including the role of victims within the criminal justice framework',
    ga: {
      exact:
        'support for victims of terrorism, including the role of victims within the criminal justice framework',
    },
    next: { orphan: true },
  },
  {
    // The footnote mark: superscript ¹ in 2013, a plain 1 in the GA text, ⁴ in 2017.
    quote: 'relevant provisions of the United Nations Global Counter-Terrorism Strategy;¹',
    ga: { fuzzy: 'relevant provisions of the United Nations Global Counter-Terrorism Strategy;1' },
    next: {
      fuzzy: 'relevant provisions of the United Nations Global Counter-Terrorism Strategy;⁴',
    },
  },
  {
    quote:
      'Also requests the Secretary-General to submit to the General Assembly at its sixty-ninth session',
    ga: {
      exact:
        'Also requests the Secretary-General to submit to the General Assembly at its sixty-ninth session',
    },
    next: {
      fuzzy:
        'Also requests the Secretary-General to submit to the General Assembly at its seventy-third session',
    },
  },
];

function anchorsOf() {
  return CODED.map(({ quote, nth = 0 }) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = SOURCE.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`Not in E-RES-2013-32.txt: ${quote}`);
    return { start: at, end: at + quote.length, ...quoteContext(SOURCE, at, at + quote.length) };
  });
}

function check(
  target: string,
  placements: Placement[],
  which: 'ga' | 'next',
  where: (i: number) => number,
) {
  placements.forEach((p, i) => {
    const expected = CODED[i]![which];
    const label = `${which} #${i}: ${CODED[i]!.quote.slice(0, 40)}`;
    if ('orphan' in expected) {
      expect(p.status, label).toBe('orphan');
      if (p.status === 'orphan' && expected.near) {
        const at = target.indexOf(expected.near);
        expect(at, label).toBeGreaterThanOrEqual(0);
        expect(p.best, label).toBeDefined();
        expect(p.best!.start < at + expected.near.length && p.best!.end > at, label).toBe(true);
      }
      return;
    }
    const status = 'exact' in expected ? 'exact' : 'fuzzy';
    const span = 'exact' in expected ? expected.exact : expected.fuzzy;
    expect(p.status, label).toBe(status);
    if (p.status === 'orphan') return;
    expect(target.slice(p.start, p.end), label).toBe(span);
    expect(p.start, label).toBe(where(i) >= 0 ? where(i) : target.indexOf(span));
    if (p.status === 'fuzzy') expect(p.confidence, label).toBeGreaterThanOrEqual(0.75);
  });
}

describe('carrying codes of E-RES-2013-32.txt to other sample files', () => {
  const anchors = anchorsOf();
  const urges = CODED.findIndex((c) => c.quote === 'Urges');

  it('to A-RES-68-187.txt (the same resolution, another layout)', () => {
    const target = corpus('A-RES-68-187.txt');
    const placed = reanchorAll(SOURCE, target, anchors);
    check(target, placed, 'ga', (i) => (i === urges ? target.indexOf('2.\tUrges') + 3 : -1));
    const counts = placed.reduce<Record<string, number>>(
      (n, p) => ({ ...n, [p.status]: (n[p.status] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ exact: 11, fuzzy: 4 });
  });

  it('to E-RES-2017-17.txt (the next resolution, edited paragraphs)', () => {
    const target = corpus('E-RES-2017-17.txt');
    const placed = reanchorAll(SOURCE, target, anchors);
    check(target, placed, 'next', (i) => (i === urges ? target.indexOf('3. Urges') + 3 : -1));
    const counts = placed.reduce<Record<string, number>>(
      (n, p) => ({ ...n, [p.status]: (n[p.status] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ exact: 3, fuzzy: 4, orphan: 8 });
  });
});
