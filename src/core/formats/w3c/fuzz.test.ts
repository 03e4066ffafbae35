import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../model/snapshot';
import { smallProject } from '../test-support/small-project';
import { exportW3c } from './export-w3c';
import { importW3c, type W3cImportResult } from './import-w3c';

/**
 * Fuzzed W3C input: mutated files either import soundly (every annotation on a document of the
 * project, inside its text, its quote equal to its range, its codes known or new) or are refused
 * with problems naming the file. The import is pure, so "nothing written" means it returns a
 * refusal rather than throwing half-way; a time budget per run catches hangs.
 */
const project: ProjectSnapshot = smallProject();
const base = JSON.stringify(exportW3c(project), null, 1);
let n = 0;
const ctx = {
  snapshot: project,
  coderId: 'ada',
  now: '2026-11-30T09:00:00.000Z',
  newId: () => `fuzz-${++n}`,
};

function assertSound(result: W3cImportResult): 'imported' | 'refused' {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(p.startsWith('fuzz.w3c.json')).toBe(true);
    return 'refused';
  }
  const codes = new Set([...project.codes, ...result.codes].map((c) => c.id));
  for (const a of result.annotations) {
    const text = project.documents.find((d) => d.id === a.documentId)?.text;
    expect(text).toBeDefined();
    expect(0 <= a.start && a.start <= a.end && a.end <= (text ?? '').length).toBe(true);
    expect((text ?? '').slice(a.start, a.end)).toBe(a.quote);
    for (const id of a.codeIds) expect(codes.has(id)).toBe(true);
  }
  return 'imported';
}

/** Edits to the JSON text: characters flipped, cut, inserted or deleted, tokens spliced in. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('char' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    ch: fc.string({ maxLength: 3 }),
    del: fc.integer({ min: 0, max: 16 }),
  }),
  fc.record({
    kind: fc.constant('token' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    token: fc.constantFrom(
      '"',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      'null',
      '-1',
      '1e308',
      '99999999999',
      '"\\ud800"',
      '"TextPositionSelector"',
      '"TextQuoteSelector"',
      '"tagging"',
      '"exact": ""',
      '"start": 5, "end": 2',
      '\uFEFF',
    ),
  }),
);

type Edit =
  | { kind: 'char'; at: number; ch: string; del: number }
  | { kind: 'token'; at: number; token: string };

function mutate(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    out =
      e.kind === 'char'
        ? out.slice(0, at) + e.ch + out.slice(at + e.del)
        : out.slice(0, at) + e.token + out.slice(at);
  }
  return out;
}

/** Values put in place of any one value of the parsed file: wrong types, extremes, odd text. */
const hostileValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, '', '\u0000', [], {}),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -5, max: 200 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every path to a value in a JSON tree. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...at, i])));
  if (value && typeof value === 'object')
    return here.concat(
      ...Object.entries(value as Record<string, unknown>).map(([k, v]) => paths(v, [...at, k])),
    );
  return here;
}
const parsedBase = JSON.parse(base) as unknown;
const basePaths = paths(parsedBase).filter((p) => p.length > 0);

function replaced(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(parsedBase) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

describe('fuzzed W3C input', () => {
  it('10,000 mutated documents: a refusal naming the file or a sound import, never a crash or hang', () => {
    const outcomes = { imported: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const started = Date.now();
        outcomes[assertSound(importW3c('fuzz.w3c.json', mutate(base, edits), ctx))]++;
        expect(Date.now() - started).toBeLessThan(2000);
      }),
      { numRuns: 10_000, seed: 20261130 },
    );
    // Both paths were exercised (most edits break the JSON; a fair share leave it readable).
    expect(outcomes.imported).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(1000);
  }, 60_000);

  it('3,000 files with one value replaced by a hostile one: the same', () => {
    const outcomes = { imported: 0, refused: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...basePaths), hostileValue, (path, value) => {
        const text = JSON.stringify(replaced(path, value));
        outcomes[assertSound(importW3c('fuzz.w3c.json', text, ctx))]++;
      }),
      { numRuns: 3_000, seed: 7 },
    );
    expect(outcomes.imported).toBeGreaterThan(300);
    expect(outcomes.refused).toBeGreaterThan(300);
  }, 60_000);
});
