// Tests may read files; the core's purity rule is for shipped code, so node:fs is allowed here.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { okLabDistance, toOkLab, type OkLab } from '../color/oklab';
import { DEFAULT_PALETTE, nextColor } from './palette';
import { makeCode } from './test-support/make-code';
import type { Code } from '../model/types';

function lab(hex: string): OkLab {
  const value = toOkLab(hex);
  if (!value) throw new Error(`not a colour: ${hex}`);
  return value;
}

/** The smallest OKLab distance between any two of the colours. */
function closestPair(colours: readonly string[]): number {
  let closest = Infinity;
  colours.forEach((a, i) =>
    colours.slice(i + 1).forEach((b) => {
      closest = Math.min(closest, okLabDistance(lab(a), lab(b)));
    }),
  );
  return closest;
}

describe('DEFAULT_PALETTE', () => {
  it('has 16 distinct #rrggbb colours', () => {
    expect(DEFAULT_PALETTE).toHaveLength(16);
    expect(new Set(DEFAULT_PALETTE).size).toBe(16);
    DEFAULT_PALETTE.forEach((c) => expect(c).toMatch(/^#[0-9a-f]{6}$/));
  });

  it('keeps colours apart (OKLab >= 0.1) and mid-light for light and dark themes', () => {
    DEFAULT_PALETTE.forEach((c) => {
      expect(lab(c)[0], c).toBeGreaterThanOrEqual(0.55);
      expect(lab(c)[0], c).toBeLessThanOrEqual(0.86);
    });
    expect(closestPair(DEFAULT_PALETTE)).toBeGreaterThanOrEqual(0.1);
  });
});

describe('nextColor', () => {
  it('takes an unused colour, ignoring tombstoned codes and case', () => {
    const codes = [
      makeCode('a', 'A', { color: '#4E79A7' }),
      makeCode('b', 'B', { color: '#f28e2b', deleted: true }),
    ];
    expect(nextColor(codes)).not.toBe('#4e79a7');
    expect(nextColor([])).toBe('#4e79a7');
  });

  it('takes the unused colour farthest from the colours in use', () => {
    const used = ['#4e79a7', '#e15759', '#59a14f'];
    const codes = used.map((color, i) => makeCode(`c${i}`, 'x', { color }));
    const nearest = (c: string) => Math.min(...used.map((u) => okLabDistance(lab(c), lab(u))));
    const choice = nextColor(codes);
    expect(used).not.toContain(choice);
    for (const other of DEFAULT_PALETTE.filter((c) => !used.includes(c))) {
      expect(nearest(choice), `${choice} vs ${other}`).toBeGreaterThanOrEqual(nearest(other));
    }
  });

  it('counts colours picked outside the palette as in use', () => {
    // A custom colour almost equal to the palette's first makes that one the worst choice.
    const codes = [makeCode('a', 'A', { color: '#4f7aa8' })];
    const choice = nextColor(codes);
    expect(choice).not.toBe('#4e79a7');
    expect(okLabDistance(lab(choice), lab('#4f7aa8'))).toBeGreaterThan(0.1);
  });

  it('property: handing out colours one by one spreads them evenly', () => {
    fc.assert(
      fc.property(fc.nat(50), (n) => {
        const codes: Code[] = [];
        for (let i = 0; i < n; i++) codes.push(makeCode(`c${i}`, 'x', { color: nextColor(codes) }));
        const counts = DEFAULT_PALETTE.map((p) => codes.filter((c) => c.color === p).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('the starter codebook', () => {
  const file = new URL('../../../resources/starter-codebook.json', import.meta.url);
  const codes = (JSON.parse(readFileSync(file, 'utf8')) as { codes: Code[] }).codes;

  it('gives every code its own colour, well apart from the others', () => {
    const colours = codes.map((c) => c.color.toLowerCase());
    expect(new Set(colours).size).toBe(codes.length);
    expect(closestPair(colours)).toBeGreaterThanOrEqual(0.1);
  });
});
