import { describe, expect, it } from 'vitest';
import { snapshotProblems } from './snapshot-problems';
import { sampleProject } from './test-support/sample-project';

describe('snapshotProblems', () => {
  it('finds nothing wrong with a sound snapshot', () => {
    expect(snapshotProblems({ ...sampleProject(), purged: [] })).toEqual([]);
  });

  it('runs the exchange checks on a snapshot that came in another way', () => {
    const snapshot = { ...sampleProject(), purged: [] };
    const [doc] = snapshot.documents;
    snapshot.documents = [{ ...doc!, blocks: [] }];
    snapshot.annotations = [{ ...snapshot.annotations[0]!, prefix: 'Not the text ' }];
    snapshot.codes = snapshot.codes.map((c) => (c.id === 'c1' ? { ...c, parentId: 'ghost' } : c));
    snapshot.conflicts = [
      { kind: 'annotation', record: { ...snapshot.annotations[0]!, end: 999 } },
    ];
    expect(snapshotProblems(snapshot).map((p) => `${p.path} ${p.recordId}`)).toEqual([
      'documents[0].blocks d1',
      'codes[0].parentId c1',
      'annotations[0].prefix a1',
      'conflicts[0].record.end a1',
    ]);
  });
});
