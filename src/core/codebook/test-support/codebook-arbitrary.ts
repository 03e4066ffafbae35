import fc from 'fast-check';
import type { Annotation, Code } from '../../model/types';
import { makeAnnotation, makeCode } from './make-code';

/**
 * Random acyclic codebooks (some codes tombstoned) with annotations coded by them, for property
 * tests of codebook operations. Test support only.
 */
export const codebookArbitrary: fc.Arbitrary<{ codes: Code[]; annotations: Annotation[] }> = fc
  .record({
    codes: fc.array(
      fc.record({
        parent: fc.option(fc.nat(), { nil: null }),
        name: fc.constantFrom(
          'Harm',
          'harm',
          'Café',
          'Victims',
          'Silence',
          'État',
          'b',
          'A',
          '10',
          '9',
        ),
        order: fc.integer({ min: 0, max: 3 }),
        deleted: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
        hotkey: fc.option(fc.constantFrom('1', '2', '3', 'x'), { nil: null, freq: 3 }),
      }),
      { minLength: 2, maxLength: 12 },
    ),
    annotations: fc.array(fc.array(fc.nat(), { maxLength: 4 }), { maxLength: 15 }),
    deletedAnnotation: fc.boolean(),
  })
  .map(({ codes: raw, annotations: rawAnnotations, deletedAnnotation }) => {
    const codes = raw.map((r, i) =>
      makeCode(`c${String(i).padStart(2, '0')}`, r.name, {
        parentId: r.parent !== null && i > 0 ? `c${String(r.parent % i).padStart(2, '0')}` : null,
        order: r.order,
        deleted: r.deleted,
        hotkey: r.hotkey,
      }),
    );
    const annotations = rawAnnotations.map((ks, i) =>
      makeAnnotation(`a${i}`, [...new Set(ks.map((k) => (codes[k % codes.length] as Code).id))], {
        deleted: deletedAnnotation && i === 0,
      }),
    );
    return { codes, annotations };
  });
