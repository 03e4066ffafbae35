import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportCodebook, parseCodebookFile } from './codebook-file';
import { makeCode } from './test-support/make-code';
import { codebookArbitrary } from './test-support/codebook-arbitrary';

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

  it('property: export → parse → export is byte-identical', () => {
    fc.assert(
      fc.property(codebookArbitrary, ({ codes }) => {
        const first = exportCodebook(codes);
        const parsed = parseCodebookFile('book.json', first);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        expect(parsed.codes).toHaveLength(codes.filter((c) => !c.deleted).length);
        expect(exportCodebook(parsed.codes)).toBe(first);
      }),
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
});
