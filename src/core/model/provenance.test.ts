import { describe, expect, it } from 'vitest';
import { annotation } from '../repository/test-support/records';
import { isNeitherDecision, provenanceWarnings } from './provenance';

describe('provenance', () => {
  const coded = annotation('p', 'd', 'a', ['x']);
  it('tells an "accept neither" decision from a coded or a memo-only annotation', () => {
    expect(isNeitherDecision({ codeIds: [], derivedFrom: ['a'] })).toBe(true);
    expect(isNeitherDecision({ codeIds: ['x'], derivedFrom: ['a'] })).toBe(false);
    expect(isNeitherDecision({ codeIds: [] })).toBe(false);
  });

  it('counts live links and decisions for a format that cannot carry them', () => {
    const linked = { ...coded, id: 'b', derivedFrom: ['a'] };
    const decision = { ...coded, id: 'c', codeIds: [], derivedFrom: ['a'] };
    const binned = { ...linked, id: 'd', deleted: true };
    expect(provenanceWarnings([coded], 'CSV')).toEqual([]);
    expect(
      provenanceWarnings([coded, linked, { ...linked, id: 'e' }, decision, binned], 'CSV'),
    ).toEqual([
      '2 consensus annotations lost the link to the annotations they came from (CSV has no place for it)',
      '1 "accept neither" decision left out (CSV has no place for them)',
    ]);
  });
});
