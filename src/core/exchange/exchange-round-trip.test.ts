import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportProject } from './export';
import { parseExchangeFile } from './import';
import { EXCHANGE_VERSION } from './schema';
import { projectArbitrary } from './test-support/project-arbitrary';

const T1 = '2026-11-24T10:00:00.000Z';
const T2 = '2027-01-02T03:04:05.678Z';

/** The export with its `exportedAt` line blanked, the only line allowed to differ. */
const withoutExportedAt = (text: string) => text.replace(/^ {2}"exportedAt": ".*",$/m, '');

describe('exchange round trip', () => {
  it.each([true, false])(
    'property: export → parse → export is byte-identical apart from exportedAt (texts: %s)',
    (includeTexts) => {
      fc.assert(
        fc.property(projectArbitrary, (project) => {
          const first = exportProject(project, { includeTexts }, T1);
          const parsed = parseExchangeFile('a.json', first);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
          const second = exportProject(parsed.data, { includeTexts }, T2);
          expect(second).not.toBe(first);
          expect(withoutExportedAt(second)).toBe(withoutExportedAt(first));
          expect(second.endsWith('}\n')).toBe(true);
          // Nothing is lost: the parsed records are the exported ones.
          expect(parsed.data.annotations).toHaveLength(project.annotations.length);
          expect(parsed.data.codes).toHaveLength(project.codes.length);
          expect(parsed.data.purged).toHaveLength(project.purged?.length ?? 0);
          expect(parsed.data.conflicts).toHaveLength(project.conflicts?.length ?? 0);
          const revs = (rs: { id: string; rev?: string; revs?: string[] }[]) =>
            rs.map((r) => [r.id, r.rev, r.revs]).sort();
          expect(revs(parsed.data.annotations)).toEqual(revs(project.annotations));
          const sources = (rs: { id: string; derivedFrom?: string[] }[]) =>
            rs.map((r) => [r.id, r.derivedFrom]).sort();
          expect(sources(parsed.data.annotations)).toEqual(sources(project.annotations));
          if (includeTexts) {
            for (const d of project.documents) {
              expect(parsed.data.documents.find((x) => x.id === d.id)?.text).toBe(d.text);
            }
          } else {
            expect(parsed.data.documents.every((d) => d.text === undefined)).toBe(true);
          }
        }),
        { numRuns: 150 },
      );
    },
  );

  it('property: a version 2 file (no provenance) reads as the current version unchanged', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const old = {
          ...project,
          annotations: project.annotations.map(({ derivedFrom: _derivedFrom, ...a }) => a),
        };
        const current = JSON.parse(exportProject(old, { includeTexts: true }, T1)) as object;
        const parsed = parseExchangeFile('v2.json', JSON.stringify({ ...current, version: 2 }));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
        expect(parsed.data.version).toBe(EXCHANGE_VERSION);
        expect(parsed.data.annotations.every((a) => a.derivedFrom === undefined)).toBe(true);
        expect(exportProject(parsed.data, { includeTexts: true }, T1)).toBe(
          exportProject(old, { includeTexts: true }, T1),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('property: a version 1 file (no revisions, purges or conflicts) reads as the current version', () => {
    fc.assert(
      fc.property(projectArbitrary, (project) => {
        const strip = <T extends object>(r: T): T => {
          const {
            rev: _rev,
            revs: _revs,
            derivedFrom: _derivedFrom,
            ...rest
          } = r as T & { rev?: string; revs?: string[]; derivedFrom?: string[] };
          return rest as T;
        };
        const old = {
          ...project,
          project: strip(project.project),
          documents: project.documents.map(strip),
          codes: project.codes.map(strip),
          annotations: project.annotations.map(strip),
          purged: [],
          conflicts: [],
        };
        const v2 = JSON.parse(exportProject(old, { includeTexts: true }, T1)) as Record<
          string,
          unknown
        >;
        const v1: Record<string, unknown> = { ...v2, version: 1 };
        delete v1.purged;
        delete v1.conflicts;
        const parsed = parseExchangeFile('old.json', JSON.stringify(v1));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
        expect(parsed.data.version).toBe(EXCHANGE_VERSION);
        expect(parsed.data.annotations.every((a) => a.rev === undefined)).toBe(true);
        expect(exportProject(parsed.data, { includeTexts: true }, T1)).toBe(
          exportProject(old, { includeTexts: true }, T1),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('property: the bytes do not depend on the order records come in', () => {
    fc.assert(
      fc.property(projectArbitrary, fc.nat(), (project, seed) => {
        const rotate = <T>(xs: T[]) => {
          const k = xs.length ? seed % xs.length : 0;
          return [...xs.slice(k), ...xs.slice(0, k)].reverse();
        };
        const shuffled = {
          ...project,
          coders: rotate(project.coders),
          documents: rotate(project.documents),
          codes: rotate(project.codes),
          annotations: rotate(project.annotations),
          purged: rotate(project.purged ?? []),
          conflicts: rotate(project.conflicts ?? []),
        };
        expect(exportProject(shuffled, { includeTexts: true }, T1)).toBe(
          exportProject(project, { includeTexts: true }, T1),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('property: a subset export is itself a sound file', () => {
    fc.assert(
      fc.property(projectArbitrary, fc.nat(), fc.boolean(), (project, pick, includeTexts) => {
        const every = <T extends { id: string }>(xs: T[], k: number) =>
          xs.filter((_, i) => (i + pick) % k === 0).map((x) => x.id);
        const options = {
          includeTexts,
          documentIds: every(project.documents, 2),
          codeIds: every(project.codes, 3),
          coderIds: every(project.coders, 2),
        };
        const text = exportProject(project, options, T1);
        const parsed = parseExchangeFile('subset.json', text);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
        const docs = new Set(options.documentIds);
        const codes = new Set(options.codeIds);
        const coders = new Set(options.coderIds);
        for (const a of parsed.data.annotations) {
          expect(docs.has(a.documentId)).toBe(true);
          expect(coders.has(a.createdBy)).toBe(true);
          expect(a.codeIds.length).toBeGreaterThan(0);
          expect(a.codeIds.every((id) => codes.has(id))).toBe(true);
        }
        // Every annotation that qualifies is there.
        const expected = project.annotations.filter(
          (a) =>
            docs.has(a.documentId) &&
            coders.has(a.createdBy) &&
            a.codeIds.some((id) => codes.has(id)),
        );
        expect(parsed.data.annotations.map((a) => a.id).sort()).toEqual(
          expected.map((a) => a.id).sort(),
        );
        for (const id of codes) expect(parsed.data.codes.some((c) => c.id === id)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
