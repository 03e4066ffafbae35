import { describe, expect, it } from 'vitest';
import { plainReading } from './reading';
import type { AgreementResult } from './result';

const result = (measure: string, value: number | null, reason?: string): AgreementResult => ({
  measure,
  name: measure,
  value,
  ...(reason ? { reason } : {}),
  observed: null,
  expected: null,
  units: 1,
  details: {},
});

describe('plain reading', () => {
  it('reads alpha against Krippendorff’s standards', () => {
    expect(plainReading(result('alpha', 0.85))).toMatch(/^α = 0\.850: at or above the 0\.800/);
    expect(plainReading(result('u-alpha', 0.7))).toMatch(/^uα = 0\.700: between 0\.667 and 0\.800/);
    expect(plainReading(result('alpha', 0.66))).toBe(
      'α = 0.660: below the 0.667 that Krippendorff recommends as the lowest acceptable for tentative conclusions',
    );
  });

  it('reads kappas as the share of agreement beyond chance', () => {
    expect(plainReading(result('cohen-kappa', 0.62))).toMatch(
      /reached 62 % of the agreement possible beyond chance/,
    );
    expect(plainReading(result('scott-pi', -0.1))).toMatch(/less often than chance/);
  });

  it('says percent agreement is not chance-corrected, and why a value is missing', () => {
    expect(plainReading(result('percent', 0.9))).toMatch(/not corrected for chance/);
    expect(plainReading(result('alpha', null, 'No pairable units'))).toBe(
      'α undefined: No pairable units',
    );
  });
});
