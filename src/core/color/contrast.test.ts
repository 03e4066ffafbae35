import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from './contrast';
import { okLchToHex } from './oklch';
import { toOkLab } from './oklab';

describe('contrastRatio', () => {
  it('matches WCAG 2: 21 for black on white, 1 for a colour on itself, symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f77b4', '#1f77b4')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2); // the known 4.5:1 grey
    expect(contrastRatio('#abc', '#fff')).toBe(contrastRatio('#fff', '#aabbcc'));
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(contrastRatio('red', '#fff')).toBeNull();
  });
});

describe('okLchToHex', () => {
  it('round-trips through OKLab at the asked lightness, lowering chroma to stay in sRGB', () => {
    for (let hue = 0; hue < 360; hue += 15) {
      const hex = okLchToHex(0.5, 0.13, hue);
      expect(hex).toMatch(/^#[0-9a-f]{6}$/);
      expect(toOkLab(hex)![0]).toBeCloseTo(0.5, 2);
    }
    expect(okLchToHex(1, 0, 0)).toBe('#ffffff');
    expect(okLchToHex(0.7, 0.5, 140)).toMatch(/^#[0-9a-f]{6}$/); // far out of gamut
  });
});
