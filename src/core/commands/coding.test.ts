import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/types';
import { annotation, CODER } from '../repository/test-support/records';
import { applyCode, removeCode, resizeAnnotation, setAnnotationMemo } from './coding';

const ctx = { coderId: CODER, now: '2026-02-01T00:00:00.000Z' };
const text = 'Victims of terrorism need support.';
const base = { document: { id: 'd', projectId: 'p' }, text, codeName: 'Victims', newId: 'new' };

describe('coding commands', () => {
  it('a code applied to a new span makes an annotation with its quote and context, stamped', () => {
    const { set, annotationId } = applyCode(
      { ...base, overlapping: [], span: { start: 0, end: 7 }, codeId: 'v' },
      ctx,
    );
    expect(annotationId).toBe('new');
    expect(set.label).toBe('apply code Victims');
    const made = set.changes[0]?.after as Annotation;
    expect([made.quote, made.suffix.slice(0, 3), made.codeIds, made.rev?.slice(0, 2)]).toEqual([
      'Victims',
      ' of',
      ['v'],
      '1-',
    ]);
  });

  it('a code applied to exactly an annotated span joins that annotation', () => {
    const existing = { ...annotation('p', 'd', 'a', ['x']), start: 0, end: 7 };
    const { set, annotationId } = applyCode(
      { ...base, overlapping: [existing], span: { start: 0, end: 7 }, codeId: 'v' },
      ctx,
    );
    expect(annotationId).toBe('a');
    expect((set.changes[0]?.after as Annotation).codeIds).toEqual(['x', 'v']);
    expect(set.changes[0]?.before).toBe(existing);
  });

  it('removing the last code sends the annotation to the trash with its codes and memo', () => {
    const a = { ...annotation('p', 'd', 'a', ['x']), memo: 'kept' };
    const after = removeCode(a, 'x', 'X', ctx).changes[0]?.after as Annotation;
    expect([after.deleted, after.codeIds, after.memo]).toEqual([true, ['x'], 'kept']);
  });

  it('edits that change nothing are empty change sets; a span outside the text is refused', () => {
    const a = annotation('p', 'd', 'a', ['x']);
    expect(setAnnotationMemo(a, a.memo, ctx).changes).toEqual([]);
    expect(resizeAnnotation(a, text, { start: a.start, end: a.end }, ctx).changes).toEqual([]);
    expect(() => resizeAnnotation(a, text, { start: 0, end: 999 }, ctx)).toThrow(RangeError);
  });
});
