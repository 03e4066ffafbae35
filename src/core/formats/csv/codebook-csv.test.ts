import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../model/types';
import { codePaths } from '../shared/code-paths';
import { smallProject, testCode } from '../test-support/small-project';
import { exportCodebookCsv, parseCodebookCsv } from './codebook-csv';

let counter = 0;
const ctx = () => ({
  projectId: 'p2',
  coderId: 'ada',
  now: '2026-11-30T09:00:00.000Z',
  newId: () => `n${++counter}`,
});

function summary(codes: readonly Code[]): string[] {
  const paths = codePaths(codes);
  return codes
    .filter((c) => !c.deleted)
    .map(
      (c) => `${(paths.get(c.id) ?? []).join('/')}|${c.color}|${c.description}|${c.hotkey ?? ''}`,
    )
    .sort();
}

describe('codebook CSV', () => {
  it('round-trips paths, colours, descriptions and hotkeys', () => {
    const { codes } = smallProject();
    const csv = exportCodebookCsv(codes);
    const back = parseCodebookCsv('codebook.csv', csv, ctx());
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(summary(back.codes)).toEqual(summary(codes));
    const council = back.codes.find((c) => c.name === 'Council');
    expect(back.codes.find((c) => c.id === council?.parentId)?.name).toBe('Actors');
  });

  it('reads MAXQDA-style ">" and Taguette-style "/" paths, creating parents named only in a path', () => {
    const gt = parseCodebookCsv('a.csv', 'Code,Color\nA > B > C,#112233\nD,\n', ctx());
    const slash = parseCodebookCsv('b.csv', 'path\nA/B/C\nD\n', ctx());
    for (const result of [gt, slash]) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(
        summary(result.codes)
          .map((s) => s.split('|')[0])
          .sort(),
      ).toEqual(['A', 'A/B', 'A/B/C', 'D'].sort());
    }
    if (gt.ok) expect(gt.codes.find((c) => c.name === 'C')?.color).toBe('#112233');
  });

  it('rejects a file without a path column, an empty name or a bad colour, naming file and row', () => {
    const none = parseCodebookCsv('x.csv', 'foo,bar\n1,2\n', ctx());
    expect(none).toEqual({ ok: false, problems: [expect.stringContaining('x.csv')] });
    const empty = parseCodebookCsv('y.csv', 'path\nA >  > B\n', ctx());
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]).toMatch(/y\.csv, row 2/);
    const colour = parseCodebookCsv('z.csv', 'path,colour\nA,red\n', ctx());
    expect(colour.ok).toBe(false);
    if (!colour.ok) expect(colour.problems[0]).toMatch(/z\.csv, row 2: the colour "red"/);
  });

  it('gives a repeated hotkey to the first code only, with a warning', () => {
    const result = parseCodebookCsv('h.csv', 'path,hotkey\nA,1\nB,1\n', ctx());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.codes.map((c) => c.hotkey)).toEqual(['1', null]);
    expect(result.warnings[0]).toMatch(/row 3/i);
  });

  it('refuses to export a name that contains the separator', () => {
    expect(() => exportCodebookCsv([testCode('x', 'A > B', null)])).toThrow(/separator/);
  });

  it('round-trips any names without the separator (property)', () => {
    const name = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .map((s) => s.replace(/>/g, '').trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 8, selector: (s) => s.toLowerCase() }),
        (names) => {
          const codes = names.map((n, i) =>
            testCode(`c${i}`, n, i > 0 && i % 2 === 0 ? 'c0' : null, {
              description: `${n}, "d"\n`,
            }),
          );
          // A flat file cannot tell a "/" in a name from a path, so the property names the separator.
          const back = parseCodebookCsv('p.csv', exportCodebookCsv(codes), {
            ...ctx(),
            separator: '>',
          });
          expect(back.ok).toBe(true);
          if (back.ok)
            expect(
              summary(back.codes)
                .map((s) => s.split('|').slice(0, 3).join('|'))
                .sort(),
            ).toEqual(
              summary(codes)
                .map((s) => s.split('|').slice(0, 3).join('|'))
                .sort(),
            );
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
