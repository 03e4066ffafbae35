import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportProject, exportProjectParts } from './export';
import { jsonParts, recordsIn } from './json-parts';
import { projectArbitrary } from './test-support/project-arbitrary';

const T = '2026-11-24T10:00:00.000Z';

describe('jsonParts', () => {
  it('joins to exactly JSON.stringify(value, null, 2), for any plain object', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.oneof(fc.array(fc.jsonValue()), fc.jsonValue(), fc.constant(undefined)),
        ),
        (object) => {
          expect(jsonParts(object).join('')).toBe(JSON.stringify(object, null, 2));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles records with newlines, quotes and nested arrays, and counts every record', () => {
    const object = {
      format: 'x',
      empty: [],
      documents: [{ text: 'line one\nline "two"\n', blocks: [{ a: [1, 2] }] }, null],
      annotations: [{ quote: '\u2028 é' }, { codeIds: [] }, { memo: '' }],
    };
    const seen: number[] = [];
    const parts = jsonParts(object, (n) => seen.push(n));
    expect(parts.join('')).toBe(JSON.stringify(object, null, 2));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(recordsIn(object)).toBe(5);
    expect(jsonParts({}).join('')).toBe(JSON.stringify({}, null, 2));
  });
});

describe('exportProjectParts', () => {
  it('property: the parts join to exportProject byte for byte, and progress ends at the total', () => {
    fc.assert(
      fc.property(projectArbitrary, fc.boolean(), (project, includeTexts) => {
        const reports: [number, number][] = [];
        const parts = exportProjectParts(project, { includeTexts }, T, (done, total) =>
          reports.push([done, total]),
        );
        expect(parts.join('')).toBe(exportProject(project, { includeTexts }, T));
        const total = reports[0]?.[1] ?? -1;
        expect(reports.at(-1)).toEqual([total, total]);
        expect(total).toBeGreaterThanOrEqual(project.annotations.length + project.codes.length);
      }),
      { numRuns: 60 },
    );
  });
});
