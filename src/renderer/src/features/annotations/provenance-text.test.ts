import { describe, expect, it } from 'vitest';
import { provenancePhrase } from './provenance-text';

describe('provenancePhrase', () => {
  it('names each coder once, in order, with one noun for all', () => {
    expect(provenancePhrase(['Ada'])).toBe('from Ada’s annotation');
    expect(provenancePhrase(['Ada', 'Ben'])).toBe('from Ada’s and Ben’s annotations');
    expect(provenancePhrase(['Ada', 'Ada'])).toBe('from Ada’s annotations');
    expect(provenancePhrase(['Ada', 'Ben', 'Cy'])).toBe('from Ada’s, Ben’s and Cy’s annotations');
  });

  it('says when sources are no longer here', () => {
    expect(provenancePhrase(['Ada', null])).toBe('from Ada’s annotation and 1 no longer here');
    expect(provenancePhrase([null])).toBe('from an annotation no longer here');
    expect(provenancePhrase([null, null])).toBe('from 2 annotations no longer here');
    expect(provenancePhrase([])).toBe('');
  });
});
