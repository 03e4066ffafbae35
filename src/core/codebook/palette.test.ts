import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PALETTE, nextColor } from './palette';
import { makeCode } from './test-support/make-code';
import type { Code } from '../model/types';

/** CIELAB (D65) of a #rrggbb colour. */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe('DEFAULT_PALETTE', () => {
  it('has 12 distinct #rrggbb colours', () => {
    expect(DEFAULT_PALETTE).toHaveLength(12);
    expect(new Set(DEFAULT_PALETTE).size).toBe(12);
    DEFAULT_PALETTE.forEach((c) => expect(c).toMatch(/^#[0-9a-f]{6}$/));
  });

  it('keeps colours apart (ΔE76 >= 18) and mid-light for light and dark themes', () => {
    DEFAULT_PALETTE.forEach((a, i) => {
      const [l] = lab(a);
      expect(l, a).toBeGreaterThanOrEqual(48);
      expect(l, a).toBeLessThanOrEqual(85);
      DEFAULT_PALETTE.slice(i + 1).forEach((b) => {
        const [l1, a1, b1] = lab(a);
        const [l2, a2, b2] = lab(b);
        expect(Math.hypot(l1 - l2, a1 - a2, b1 - b2), `${a} vs ${b}`).toBeGreaterThanOrEqual(18);
      });
    });
  });
});

describe('nextColor', () => {
  it('takes the least used colour, ignoring tombstoned codes and case', () => {
    const codes = [
      makeCode('a', 'A', { color: '#4E79A7' }),
      makeCode('b', 'B', { color: '#f28e2b', deleted: true }),
    ];
    expect(nextColor(codes)).toBe('#f28e2b');
    expect(nextColor([])).toBe('#4e79a7');
  });

  it('property: handing out colours one by one spreads them evenly', () => {
    fc.assert(
      fc.property(fc.nat(40), (n) => {
        const codes: Code[] = [];
        for (let i = 0; i < n; i++) codes.push(makeCode(`c${i}`, 'x', { color: nextColor(codes) }));
        const counts = DEFAULT_PALETTE.map((p) => codes.filter((c) => c.color === p).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
