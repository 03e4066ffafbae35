import { describe, expect, it } from 'vitest';
import { okLabDistance, parseHexColor, toOkLab } from './oklab';

describe('toOkLab', () => {
  // Reference values from Björn Ottosson's post and the CSS Color 4 sample code.
  it.each([
    ['#ffffff', [1, 0, 0]],
    ['#000000', [0, 0, 0]],
    ['#ff0000', [0.627955, 0.224863, 0.125846]],
    ['#00ff00', [0.86644, -0.233888, 0.179498]],
    ['#0000ff', [0.452014, -0.032457, -0.311528]],
  ] as const)('converts %s', (hex, expected) => {
    const lab = toOkLab(hex);
    expect(lab).not.toBeNull();
    lab?.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 4));
  });

  it('reads short and upper-case forms and refuses other strings', () => {
    expect(toOkLab('#F00')).toEqual(toOkLab('#ff0000'));
    expect(parseHexColor('#12345')).toBeNull();
    expect(toOkLab('red')).toBeNull();
  });
});

describe('okLabDistance', () => {
  it('is zero for a colour and itself, symmetric, and largest for black and white', () => {
    const red = toOkLab('#e15759');
    const blue = toOkLab('#4e79a7');
    const black = toOkLab('#000000');
    const white = toOkLab('#ffffff');
    if (!red || !blue || !black || !white) throw new Error('parse failed');
    expect(okLabDistance(red, red)).toBe(0);
    expect(okLabDistance(red, blue)).toBeCloseTo(okLabDistance(blue, red), 12);
    expect(okLabDistance(black, white)).toBeCloseTo(1, 4);
    expect(okLabDistance(red, blue)).toBeLessThan(okLabDistance(black, white));
  });
});
