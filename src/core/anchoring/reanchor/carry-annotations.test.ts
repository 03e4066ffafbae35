import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../model/types';
import { ADA_STAMPS } from '../../model/test-support/ada-stamps';
import { quoteContext } from '../quote-context';
import { carryAnnotations } from './carry-annotations';

const OLD = 'The victims were silent.\n\nNobody spoke of the victims again.';
const NEW = 'Preface.\n\nNobody spoke of the victims again.\n\nThe victims were  silent.';

function annotation(id: string, quote: string, nth = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = OLD.indexOf(quote, start + 1);
  const end = start + quote.length;
  return {
    id,
    ...ADA_STAMPS,
    documentId: 'old-doc',
    start,
    end,
    ...quoteContext(OLD, start, end),
    codeIds: ['c1'],
    memo: id,
  };
}

describe('carryAnnotations', () => {
  it('moves exact and fuzzy annotations onto the new text with fresh quote and context, and keeps orphans', () => {
    const anns = [
      annotation('a', 'Nobody spoke'),
      annotation('b', 'The victims were silent'),
      annotation('c', 'OLD'),
    ];
    anns[2] = { ...anns[2]!, start: 0, end: 3, quote: 'Zzz', prefix: '', suffix: '' };
    const carried = carryAnnotations(anns, OLD, NEW, 'new-doc');
    expect(carried.map((c) => c.placement.status)).toEqual(['exact', 'fuzzy', 'orphan']);
    const a = carried[0]!.moved!;
    expect(a).toMatchObject({ id: 'a', documentId: 'new-doc', memo: 'a', codeIds: ['c1'] });
    expect(NEW.slice(a.start, a.end)).toBe('Nobody spoke');
    expect(a.prefix).toBe('Preface.\n\n');
    expect(carried[1]!.moved!.quote).toBe('The victims were  silent');
    expect(carried[2]!.moved).toBeUndefined();
    expect(carried[2]!.annotation).toBe(anns[2]);
  });
});
