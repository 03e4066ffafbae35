import { describe, expect, it } from 'vitest';
import { percentAgreement } from './percent-agreement';
import { KRIPPENDORFF_2011 } from './test-support/published-data';

describe('percent agreement', () => {
  it('Artstein & Poesio (2008), p. 568: .88 for two coders', () => {
    const first = [...Array(46).fill('S'), ...Array(44).fill('I'), ...Array(10).fill('C')];
    const second = [
      ...Array(46).fill('S'),
      ...Array(6).fill('S'),
      ...Array(32).fill('I'),
      ...Array(6).fill('C'),
      ...Array(10).fill('C'),
    ];
    expect(
      Math.abs((percentAgreement({ values: [first, second] }).value as number) - 0.88),
    ).toBeLessThan(1e-9);
  });

  it('Krippendorff (2004, p. 230; 2011): 32 of 40 pairable values agree, .800', () => {
    const result = percentAgreement({ values: KRIPPENDORFF_2011 });
    expect(Math.abs((result.value as number) - 0.8)).toBeLessThan(1e-9);
    expect(result.units).toBe(11);
  });

  it('Krippendorff (2004), p. 224: two coders, 10 units, .600', () => {
    const data = {
      values: [
        [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
      ],
    };
    expect(Math.abs((percentAgreement(data).value as number) - 0.6)).toBeLessThan(1e-9);
  });

  it('no pairable unit → null', () => {
    expect(percentAgreement({ values: [[1], [null]] }).value).toBeNull();
  });
});
