import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportCodebook, parseCodebookFile } from './codebook-file';
import { makeCode } from './test-support/make-code';
import { codebookArbitrary } from './test-support/codebook-arbitrary';
import { MAX_CODE_DEPTH } from './parent-chains';

describe('codebook file', () => {
  it('exports live codes only, re-rooting codes whose parent is left out', () => {
    const codes = [
      makeCode('b', 'Child', { parentId: 'gone' }),
      makeCode('gone', 'Gone', { deleted: true }),
      makeCode('a', 'Top'),
    ];
    const text = exportCodebook(codes);
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text);
    expect(json.format).toBe('marginalia-codebook');
    expect(json.version).toBe(1);
    expect(json.codes.map((c: { id: string }) => c.id)).toEqual(['a', 'b']);
    expect(json.codes[1].parentId).toBeNull();
  });

  it('property: export → parse → export is byte-identical once hotkeys are unique', () => {
    fc.assert(
      fc.property(codebookArbitrary, ({ codes }) => {
        const first = exportCodebook(codes);
        const parsed = parseCodebookFile('book.json', first);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        expect(parsed.codes).toHaveLength(codes.filter((c) => !c.deleted).length);
        const keys = codes.flatMap((c) => (!c.deleted && c.hotkey ? [c.hotkey.toLowerCase()] : []));
        const second = exportCodebook(parsed.codes);
        if (new Set(keys).size === keys.length) {
          expect(parsed.notes).toEqual([]);
          expect(second).toBe(first);
        }
        const again = parseCodebookFile('book.json', second);
        if (!again.ok) throw new Error(JSON.stringify(again.problems));
        expect(again.notes).toEqual([]);
        expect(exportCodebook(again.codes)).toBe(second);
      }),
      { seed: 8, numRuns: 200 },
    );
  });

  it('reports every problem with its path and id', () => {
    const json = JSON.parse(
      exportCodebook([makeCode('a', 'A'), makeCode('b', 'B', { parentId: 'a' })]),
    );
    json.codes[0].color = 'blue';
    json.codes[1].parentId = 'missing';
    json.codes.push({ ...json.codes[1], id: 'a', parentId: null });
    json.extra = 1;
    const result = parseCodebookFile('bad.json', JSON.stringify(json));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}|${p.recordId ?? ''}`).sort()).toEqual(
      ['|', 'codes[0].color|a', 'codes[1].parentId|b', 'codes[2].id|a'].sort(),
    );
  });

  it('reports invalid JSON and the wrong kind of file', () => {
    const broken = parseCodebookFile('x.json', '{\n "format": }');
    expect(broken.ok || broken.problems[0]).toMatchObject({ line: 2, column: 12 });
    const project = parseCodebookFile('p.json', '{"format": "marginalia-exchange", "version": 1}');
    expect(project.ok || project.problems[0]?.message).toMatch(/project exchange file/);
  });

  it('keeps the first of two codes with the same hotkey and says which lost it', () => {
    const json = JSON.parse(
      exportCodebook([
        makeCode('a', 'Alpha', { hotkey: 'x' }),
        makeCode('b', 'Beta', { hotkey: 'X' }),
        makeCode('c', 'Gamma', { hotkey: '1' }),
      ]),
    );
    const result = parseCodebookFile('keys.json', JSON.stringify(json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.codes.map((c) => [c.id, c.hotkey])).toEqual([
      ['a', 'x'],
      ['b', null],
      ['c', '1'],
    ]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/Beta.*stays with.*Alpha/);
  });

  it('reads codes moved under each other with a note naming them (a merged codebook can hold one)', () => {
    const json = JSON.parse(exportCodebook([makeCode('a', 'Alpha'), makeCode('b', 'Beta')]));
    json.codes[0].parentId = 'b';
    json.codes[1].parentId = 'a';
    const result = parseCodebookFile('moved.json', JSON.stringify(json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.codes.map((c) => [c.id, c.parentId])).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(result.notes).toEqual([
      expect.stringMatching(/^Code parents form a cycle: .*Alpha.*Beta/),
    ]);
  });

  it('skips deleted codes with a note instead of bringing them into the trash', () => {
    const json = JSON.parse(
      exportCodebook([makeCode('a', 'Alive'), makeCode('d', 'Dead'), makeCode('k', 'Kid')]),
    );
    json.codes[1].deleted = true;
    json.codes[2].parentId = 'd';
    const result = parseCodebookFile('tomb.json', JSON.stringify(json));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.codes.map((c) => [c.id, c.parentId, c.deleted])).toEqual([
      ['a', null, false],
      ['k', null, false],
    ]);
    expect(result.notes.join('\n')).toMatch(/Skipped 1 deleted code.*Dead/);
    expect(result.notes.join('\n')).toMatch(/top level.*Kid/);
  });

  it('refuses a parent chain deeper than the limit, once, at the first code past it', () => {
    const codes = Array.from({ length: 3_000 }, (_, i) =>
      makeCode(`c${i}`, `level ${i + 1}`, { parentId: i === 0 ? null : `c${i - 1}` }),
    );
    const text = JSON.stringify({ format: 'marginalia-codebook', version: 1, codes });
    const result = parseCodebookFile('deep.json', text);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems).toEqual([
      {
        path: `codes[${MAX_CODE_DEPTH}].parentId`,
        recordId: `c${MAX_CODE_DEPTH}`,
        message: expect.stringContaining(`at most ${MAX_CODE_DEPTH} levels deep`),
      },
    ]);
    const fits = JSON.stringify({
      format: 'marginalia-codebook',
      version: 1,
      codes: codes.slice(0, MAX_CODE_DEPTH),
    });
    expect(parseCodebookFile('fits.json', fits).ok).toBe(true);
  });

  it('describes hostile values by type and size instead of echoing them', () => {
    // Built as text: JSON.stringify itself overflows on a value nested this deep.
    const nested = `${'['.repeat(5_000)}"x"${']'.repeat(5_000)}`;
    const deepFormat = parseCodebookFile('a.json', `{"format": ${nested}, "version": 1}`);
    expect(deepFormat.ok || deepFormat.problems[0]?.message).toMatch(
      /format is an array nested 5,000 deep/,
    );
    const long = 'v'.repeat(5_000_000);
    const longVersion = parseCodebookFile(
      'b.json',
      JSON.stringify({ format: 'marginalia-codebook', version: long, codes: [] }),
    );
    const message = longVersion.ok ? '' : (longVersion.problems[0]?.message ?? '');
    expect(message).toMatch(/a string of 5,000,000 characters/);
    expect(message.length).toBeLessThan(200);
    const json = JSON.parse(exportCodebook([makeCode('a', 'A')]));
    json.codes[0][long] = 1;
    json.codes[0].id = 'i'.repeat(10_000);
    const keyed = parseCodebookFile('c.json', JSON.stringify(json));
    if (keyed.ok) throw new Error('expected problems');
    const shown = JSON.stringify(keyed.problems);
    expect(shown.length).toBeLessThan(1_000);
    expect(shown).toMatch(/Unrecognized key: a string of 5,000,000 characters/);
  });
});
