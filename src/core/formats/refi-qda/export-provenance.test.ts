import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from './test-support/sample-snapshot';
import { PROJECT_XSD, xmllint } from './test-support/xmllint';
import { writeQde } from './write-qde';

describe('REFI-QDA export of adjudicated work', () => {
  it('drops provenance and "accept neither" decisions, says so, and still validates', () => {
    const snapshot = sampleSnapshot();
    const live = snapshot.annotations.filter((a) => !a.deleted);
    const [source] = live;
    if (!source) throw new Error('the sample has a live annotation');
    const consensus = { ...source, id: `${source.id}-consensus`, derivedFrom: [source.id] };
    const neither = { ...consensus, id: `${source.id}-neither`, codeIds: [] };
    const plain = writeQde(snapshot);
    const written = writeQde({
      ...snapshot,
      annotations: [...snapshot.annotations, consensus, neither],
    });
    expect(written.warnings).toEqual([
      ...plain.warnings,
      '1 consensus annotation lost the link to the annotations they came from (REFI-QDA has no place for it)',
      '1 "accept neither" decision left out (REFI-QDA has no place for them)',
    ]);
    const selections = (qde: string) => qde.match(/<PlainTextSelection /g)?.length ?? 0;
    // The consensus annotation is written as an ordinary selection; the decision is not.
    expect(selections(written.qde)).toBe(selections(plain.qde) + 1);
    expect(written.qde).not.toContain('derivedFrom');
    expect(xmllint(written.qde, PROJECT_XSD).valid).toBe(true);
  });
});
