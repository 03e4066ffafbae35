import { describe, expect, it } from 'vitest';
import { exportProject } from '../exchange/export';
import { parseExchangeFile } from '../exchange/import';
import { mergeSnapshots } from '../merge';
import { sampleSnapshot } from '../merge/test-support/snapshots';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Annotation } from '../model/types';

const NOW = '2026-03-01T00:00:00.000Z';

/** The sample with a consensus annotation (copied from its first) and a neither decision. */
function adjudicated(): { snapshot: ProjectSnapshot; made: Annotation[] } {
  const snapshot = sampleSnapshot();
  const [source, other] = snapshot.annotations.filter((a) => !a.deleted);
  if (!source || !other) throw new Error('the sample has two live annotations');
  const stamp = { createdBy: 'consensus', updatedBy: 'consensus', createdAt: NOW, updatedAt: NOW };
  const made: Annotation[] = [
    { ...source, ...stamp, id: 'consensus-1', derivedFrom: [source.id] },
    { ...other, ...stamp, id: 'consensus-2', codeIds: [], derivedFrom: [other.id, source.id] },
  ];
  return {
    snapshot: {
      ...snapshot,
      coders: [...snapshot.coders, { id: 'consensus', name: 'Consensus', createdAt: NOW }],
      annotations: [...snapshot.annotations, ...made],
    },
    made,
  };
}

const provenance = (s: ProjectSnapshot) =>
  s.annotations
    .filter((a) => a.derivedFrom)
    .map((a) => [a.id, a.codeIds, a.derivedFrom])
    .sort();

describe("a consensus annotation's provenance", () => {
  it('merges like any other field, in either order, and through an exchange file', () => {
    const { snapshot, made } = adjudicated();
    const plain = sampleSnapshot();
    const expected = made.map((a) => [a.id, a.codeIds, a.derivedFrom]).sort();
    expect(provenance(mergeSnapshots(plain, snapshot).snapshot)).toEqual(expected);
    expect(provenance(mergeSnapshots(snapshot, plain).snapshot)).toEqual(expected);
    expect(provenance(mergeSnapshots(snapshot, snapshot).snapshot)).toEqual(expected);
    const file = exportProject(
      { ...snapshot, exportedBy: { coderId: 'consensus', name: 'Consensus' } },
      { includeTexts: true, coderIds: ['consensus'] },
      NOW,
    );
    const read = parseExchangeFile('consensus.json', file);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    // The consensus file carries only the consensus coder's annotations, links intact.
    expect(provenance({ ...read.data, purged: [] })).toEqual(expected);
    expect(read.data.annotations).toHaveLength(made.length);
    expect(provenance(mergeSnapshots(plain, { ...read.data, purged: [] }).snapshot)).toEqual(
      expected,
    );
  });
});
