import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODER_PALETTE, coderColors, colourFromId, orderCoders } from './coder-colors';
import { contrastRatio } from './contrast';
import { okLabDistance, toOkLab } from './oklab';

const PAGES = ['#ffffff', '#f7f6f3']; // the light theme's panel and background

function distance(a: string, b: string): number {
  return okLabDistance(toOkLab(a)!, toOkLab(b)!);
}

describe('CODER_PALETTE', () => {
  it('has ten distinct #rrggbb colours, each at least 0.1 apart in OKLab', () => {
    expect(new Set(CODER_PALETTE).size).toBe(10);
    CODER_PALETTE.forEach((c) => expect(c).toMatch(/^#[0-9a-f]{6}$/));
    CODER_PALETTE.forEach((a, i) =>
      CODER_PALETTE.slice(i + 1).forEach((b) =>
        expect(distance(a, b), `${a} ${b}`).toBeGreaterThanOrEqual(0.1),
      ),
    );
  });

  it('reads against the light theme (non-text contrast of at least 3:1)', () => {
    for (const c of CODER_PALETTE)
      for (const page of PAGES) expect(contrastRatio(c, page), c).toBeGreaterThanOrEqual(3);
  });
});

describe('coderColors', () => {
  it('gives the palette in order and keeps the first colour for a repeated id', () => {
    const colours = coderColors(['ada', 'bo', 'ada', 'cy']);
    expect([...colours]).toEqual([
      ['ada', CODER_PALETTE[0]],
      ['bo', CODER_PALETTE[1]],
      ['cy', CODER_PALETTE[2]],
    ]);
  });

  it('a coder added at the end leaves the earlier coders their colours', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 30 }), (ids) => {
        const before = coderColors(ids.slice(0, -1));
        const after = coderColors(ids);
        for (const [id, colour] of before) expect(after.get(id)).toBe(colour);
      }),
    );
  });

  it('past the palette, colours come from the id: stable, readable, and not grey', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `coder-${i}`);
    const colours = coderColors(ids);
    expect(new Set(colours.values()).size).toBeGreaterThan(30);
    for (const id of ids.slice(10)) {
      const colour = colours.get(id)!;
      expect(colour).toBe(colourFromId(id));
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      for (const page of PAGES) expect(contrastRatio(colour, page)).toBeGreaterThanOrEqual(3);
      const [, a, b] = toOkLab(colour)!;
      expect(Math.hypot(a, b), colour).toBeGreaterThan(0.05);
    }
  });
});

describe('orderCoders', () => {
  it('orders by creation time, then id, whatever the input order', () => {
    const coders = [
      { id: 'b', createdAt: '2026-01-02T00:00:00.000Z' },
      { id: 'c', createdAt: '2026-01-01T00:00:00.000Z' },
      { id: 'a', createdAt: '2026-01-02T00:00:00.000Z' },
    ];
    expect(orderCoders(coders).map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(orderCoders([...coders].reverse())).toEqual(orderCoders(coders));
  });
});
