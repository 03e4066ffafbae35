import { describe, expect, it } from 'vitest';
import { testCode } from '../test-support/small-project';
import { codebookImportChange, planCodebookImport } from './codebook-csv-plan';
import { parseCodebookCsv } from './codebook-csv';

let n = 0;
const ctx = {
  projectId: 'p1',
  coderId: 'ada',
  now: '2026-11-30T09:00:00.000Z',
  newId: () => `csv-${++n}`,
};

describe('planCodebookImport', () => {
  it('matches codes the project has by path, adds the rest under matched parents', () => {
    const existing = [
      testCode('c1', 'Actors', null, { hotkey: '1' }),
      testCode('c2', 'Council', 'c1'),
      testCode('c3', 'Tone', null),
    ];
    const read = parseCodebookCsv(
      'maxqda.csv',
      'path,hotkey\nactors > council,\nActors > Citizens,1\nTone,\nNew > Child,2\n',
      ctx,
    );
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const plan = planCodebookImport(existing, read.codes);
    expect(plan.matched.sort()).toEqual(['Tone', 'actors', 'actors > council'].sort());
    const added = plan.added.map((c) => [c.name, c.parentId, c.order, c.hotkey]);
    // "Citizens" goes under the project's Actors, after Council; hotkey 1 is taken.
    expect(added).toEqual([
      ['Citizens', 'c1', 1, null],
      ['New', null, 2, null],
      ['Child', plan.added.find((c) => c.name === 'New')?.id, 0, '2'],
    ]);
    const set = codebookImportChange(
      plan,
      { projectId: 'p1', fileName: 'maxqda.csv' },
      {
        coderId: 'bo',
        now: ctx.now,
      },
    );
    expect(set.source).toBe('user');
    expect(set.changes.map((c) => c.before)).toEqual([null, null, null]);
    expect(set.changes.every((c) => c.after?.createdBy === 'bo')).toBe(true);
  });

  it('imports nothing a second time', () => {
    const read = parseCodebookCsv('a.csv', 'path\nA/B\nC\n', ctx);
    if (!read.ok) throw new Error('readable');
    const first = planCodebookImport([], read.codes);
    expect(first.added).toHaveLength(3);
    const again = planCodebookImport(first.added, read.codes);
    expect(again.added).toEqual([]);
    expect(again.matched).toHaveLength(3);
  });
});
