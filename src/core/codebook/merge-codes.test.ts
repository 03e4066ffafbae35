import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeCodes, mergeProblem } from './merge-codes';
import { makeAnnotation, makeCode } from './test-support/make-code';
import { codebookArbitrary } from './test-support/codebook-arbitrary';
import type { Annotation, Code } from '../model/types';

const NOW = '2026-04-04T00:00:00.000Z';
const apply = <T extends { id: string }>(records: T[], changed: T[]) =>
  records.map((r) => changed.find((x) => x.id === r.id) ?? r);

describe('mergeCodes', () => {
  const codes = [
    makeCode('harm', 'Harm', { hotkey: null }),
    makeCode('hurt', 'Hurt', { hotkey: '3', memo: 'close to harm' }),
    makeCode('hurt-kids', 'Children', { parentId: 'hurt' }),
    makeCode('other', 'Other'),
  ];
  const annotations = [
    makeAnnotation('a1', ['hurt']),
    makeAnnotation('a2', ['harm', 'other', 'hurt']),
    makeAnnotation('a3', ['other']),
    makeAnnotation('a4', ['hurt'], { deleted: true }),
  ];

  it('moves annotations, collapses duplicates, re-parents children, tombstones the source', () => {
    const result = mergeCodes(codes, annotations, 'hurt', 'harm', 'bob', NOW);
    const after = apply(annotations, result.annotations);
    expect(after.map((a) => a.codeIds)).toEqual([['harm'], ['harm', 'other'], ['other'], ['harm']]);
    expect(result.annotations.map((a) => a.id)).toEqual(['a1', 'a2', 'a4']);
    const codesAfter = apply(codes, result.codes);
    const byId = Object.fromEntries(codesAfter.map((c) => [c.id, c]));
    expect(byId.hurt?.deleted).toBe(true);
    expect(byId['hurt-kids']?.parentId).toBe('harm');
    expect(byId.harm?.memo).toMatch(/Merged from Hurt\] close to harm/);
    expect(byId.harm?.hotkey).toBe('3');
    expect(byId.hurt?.hotkey).toBeNull();
    expect([...result.codes, ...result.annotations].every((r) => r.updatedBy === 'bob')).toBe(true);
  });

  it('refuses to merge a code into itself or into its own descendant', () => {
    expect(mergeProblem(codes, 'hurt', 'hurt')).toMatch(/itself/);
    expect(mergeProblem(codes, 'hurt', 'hurt-kids')).toMatch(/inside/);
    expect(mergeProblem(codes, 'hurt-kids', 'hurt')).toBeNull();
    expect(() => mergeCodes(codes, annotations, 'hurt', 'nope', 'bob', NOW)).toThrow();
  });

  it('property: nothing is lost', () => {
    fc.assert(
      fc.property(codebookArbitrary, fc.nat(), fc.nat(), ({ codes: cs, annotations: as }, i, j) => {
        const from = cs[i % cs.length] as Code;
        const into = cs[j % cs.length] as Code;
        if (mergeProblem(cs, from.id, into.id)) return;
        const result = mergeCodes(cs, as, from.id, into.id, 'bob', NOW);
        const codesAfter = apply(cs, result.codes);
        const after: Annotation[] = apply(as, result.annotations);
        expect(after).toHaveLength(as.length);
        after.forEach((a, k) => {
          const before = as[k] as Annotation;
          expect(a.codeIds).not.toContain(from.id);
          expect(new Set(a.codeIds).size).toBe(a.codeIds.length);
          const expected = new Set(before.codeIds.map((id) => (id === from.id ? into.id : id)));
          expect(new Set(a.codeIds)).toEqual(expected);
          expect({ ...a, codeIds: [], updatedBy: '', updatedAt: '' }).toEqual({
            ...before,
            codeIds: [],
            updatedBy: '',
            updatedAt: '',
          });
        });
        // Every code is still there; only the source was tombstoned.
        expect(codesAfter).toHaveLength(cs.length);
        codesAfter.forEach((c, k) => {
          const before = cs[k] as Code;
          expect(c.deleted).toBe(before.deleted || c.id === from.id);
          expect(c.name).toBe(before.name);
          if (before.parentId === from.id) expect(c.parentId).toBe(into.id);
        });
        expect(codesAfter.some((c) => c.parentId === from.id)).toBe(false);
      }),
    );
  });
});
