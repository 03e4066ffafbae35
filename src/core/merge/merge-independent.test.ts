import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectArbitrary } from '../exchange/test-support/project-arbitrary';
import { canonicalJson } from '../model/revision';
import type { ProjectSnapshot } from '../model/snapshot';
import { mergeSnapshots } from './merge-snapshots';
import { codePaths } from './name-key';

/** A second profile that imported the same texts and built the same codebook: every id differs. */
function independentCopy(s: ProjectSnapshot, tag: string): ProjectSnapshot {
  const id = (x: string) => `${tag}-${x}`;
  return {
    project: { ...s.project, id: id(s.project.id) },
    coders: s.coders,
    documents: s.documents.map((d) => ({ ...d, id: id(d.id), projectId: id(d.projectId) })),
    codes: s.codes.map((c) => ({
      ...c,
      id: id(c.id),
      projectId: id(c.projectId),
      parentId: c.parentId && id(c.parentId),
    })),
    annotations: s.annotations.map((a) => ({
      ...a,
      id: id(a.id),
      projectId: id(a.projectId),
      documentId: id(a.documentId),
      codeIds: a.codeIds.map(id),
    })),
    purged: [],
    conflicts: [],
  };
}

/** The merged records with document ids replaced by content hashes and code ids by paths. */
function upToIds(s: ProjectSnapshot): string {
  const doc = new Map(s.documents.map((d) => [d.id, d.contentHash]));
  const path = codePaths(s.codes);
  const code = (x: string) => path.get(x) ?? x;
  return canonicalJson({
    project: { ...s.project, id: 'P' },
    documents: s.documents
      .map((d) => ({ ...d, id: doc.get(d.id), projectId: 'P' }))
      .sort((a, b) => (a.id! < b.id! ? -1 : 1)),
    codes: s.codes
      .map((c) => ({
        ...c,
        id: code(c.id),
        projectId: 'P',
        parentId: c.parentId && code(c.parentId),
      }))
      .map((c) => canonicalJson(c))
      .sort(),
    annotations: s.annotations
      .map((a) =>
        canonicalJson({
          ...a,
          projectId: 'P',
          documentId: doc.get(a.documentId),
          codeIds: a.codeIds.map(code),
        }),
      )
      .sort(),
  });
}

describe('merging two independently made projects (same texts and code names, other ids)', () => {
  it('property: either order gives the same records up to which side lends its ids', () => {
    fc.assert(
      fc.property(projectArbitrary, (p) => {
        const { exportedBy: _by, ...rest } = p;
        // Live codes with distinct paths, as a codebook built by hand has.
        const paths = codePaths(rest.codes);
        const seen = new Set<string>();
        const codes = rest.codes.filter((c) => {
          const key = paths.get(c.id) ?? '';
          if (c.deleted || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        const kept = new Set(codes.map((c) => c.id));
        const base: ProjectSnapshot = {
          ...rest,
          codes: codes.map((c) =>
            c.parentId && !kept.has(c.parentId) ? { ...c, parentId: null } : c,
          ),
          annotations: rest.annotations.map((a) => ({
            ...a,
            codeIds: a.codeIds.filter((x) => kept.has(x)),
          })),
          purged: [],
          conflicts: [],
        };
        const a = independentCopy(base, 'ada');
        const b = independentCopy(base, 'bob');
        const ab = mergeSnapshots(a, b);
        const ba = mergeSnapshots(b, a);
        expect(upToIds(ab.snapshot)).toBe(upToIds(ba.snapshot));
        // Nothing is duplicated but the annotations (two coders' own work), nothing is lost.
        expect(ab.snapshot.documents).toHaveLength(
          new Set(base.documents.map((d) => d.contentHash)).size,
        );
        expect(ab.snapshot.codes).toHaveLength(base.codes.length);
        expect(ab.snapshot.annotations).toHaveLength(2 * base.annotations.length);
        expect(ab.report.unmatchedCodes).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
