import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterTree, foldForSearch, type FilteredCodeNode } from './filter-tree';
import { makeCode } from './test-support/make-code';
import { codebookArbitrary } from './test-support/codebook-arbitrary';

const flat = (nodes: FilteredCodeNode[]): FilteredCodeNode[] =>
  nodes.flatMap((n) => [n, ...flat(n.children)]);

describe('filterTree', () => {
  const codes = [
    makeCode('emo', 'Emotions'),
    makeCode('fear', 'Peur', { parentId: 'emo' }),
    makeCode('joy', 'Joie de vivre', { parentId: 'emo' }),
    makeCode('place', 'Café'),
    makeCode('state', 'ÉTAT'),
  ];

  it('matches without case or accents and keeps ancestors', () => {
    const result = filterTree(codes, 'cafe');
    expect(flat(result).map((n) => [n.code.id, n.matched])).toEqual([['place', true]]);
    const nested = filterTree(codes, ' PEU ');
    expect(flat(nested).map((n) => [n.code.id, n.matched])).toEqual([
      ['emo', false],
      ['fear', true],
    ]);
    expect(flat(filterTree(codes, 'état')).map((n) => n.code.id)).toEqual(['state']);
  });

  it('keeps everything for an empty query', () => {
    expect(flat(filterTree(codes, '  '))).toHaveLength(5);
  });

  it('property: shows exactly the matches and their ancestors', () => {
    fc.assert(
      fc.property(
        codebookArbitrary,
        fc.constantFrom('a', 'HAR', 'cafe', 'etat', '1', 'zz'),
        ({ codes: cs }, q) => {
          const shown = flat(filterTree(cs, q));
          const live = cs.filter((c) => !c.deleted);
          const matches = live.filter((c) => foldForSearch(c.name).includes(foldForSearch(q)));
          expect(
            shown
              .filter((n) => n.matched)
              .map((n) => n.code.id)
              .sort(),
          ).toEqual(matches.map((c) => c.id).sort());
          for (const n of shown.filter((x) => !x.matched)) {
            expect(flat(n.children).some((d) => d.matched)).toBe(true);
          }
        },
      ),
    );
  });
});
