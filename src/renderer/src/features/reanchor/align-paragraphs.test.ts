// Test-only file access: the sample corpus.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeNewlines } from '../../../../core/text/normalize';
import { alignParagraphs, paragraphsOf } from './align-paragraphs';

const corpus = (name: string) =>
  normalizeNewlines(
    readFileSync(new URL(`../../../../../../shared/corpus/${name}`, import.meta.url), 'utf8'),
  );

const texts = (text: string, p: { start: number; end: number } | null) =>
  p ? text.slice(p.start, p.end) : null;

describe('paragraphsOf', () => {
  it('gives the non-blank lines without their surrounding whitespace', () => {
    const text = '\tFirst line. \n\n  \nSecond\n';
    expect(paragraphsOf(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First line.',
      'Second',
    ]);
    expect(paragraphsOf('')).toEqual([]);
  });
});

describe('alignParagraphs', () => {
  it('pairs an edited paragraph with its new version and leaves added and dropped ones alone', () => {
    const left =
      'Recalling its resolution.\n\nUrges Member States to cooperate fully.\n\nDropped here.';
    const right =
      'Recalling its resolution.\n\nNew paragraph entirely.\n\nUrges all Member States to cooperate fully.';
    const rows = alignParagraphs(left, right).map((r) => [
      texts(left, r.left),
      texts(right, r.right),
    ]);
    expect(rows).toEqual([
      ['Recalling its resolution.', 'Recalling its resolution.'],
      [null, 'New paragraph entirely.'],
      ['Urges Member States to cooperate fully.', 'Urges all Member States to cooperate fully.'],
      ['Dropped here.', null],
    ]);
  });

  it('keeps both texts whole and in order on the sample corpus (2013 beside 2017)', () => {
    const left = corpus('E-RES-2013-32.txt');
    const right = corpus('E-RES-2017-17.txt');
    const rows = alignParagraphs(left, right);
    const lefts = rows.flatMap((r) => (r.left ? [r.left] : []));
    const rights = rows.flatMap((r) => (r.right ? [r.right] : []));
    expect(lefts).toEqual(paragraphsOf(left));
    expect(rights).toEqual(paragraphsOf(right));
    // The justice paragraph, rewritten in 2017, sits beside its new version.
    const justice = rows.find((r) => texts(left, r.left)?.includes('fair and effective criminal'));
    expect(texts(right, justice?.right ?? null)).toContain(
      'effective, fair, humane, transparent and accountable criminal justice systems',
    );
  });
});
