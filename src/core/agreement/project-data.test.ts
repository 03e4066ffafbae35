import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './input-error';
import { krippendorffAlpha } from './krippendorff-alpha';
import { reliabilityFromProject } from './project-data';
import { teamSnapshot, type TestCoding } from './test-support/snapshot';

const TEXT = 'One two three. Four five six.\n\nSeven eight.';

describe('reliability data from a project', () => {
  const snapshot = teamSnapshot(
    { d1: TEXT, d2: 'Short text.' },
    ['harm', 'hope', 'unused'],
    ['ann', 'bob', 'cy'],
    [
      { coder: 'ann', document: 'd1', start: 0, end: 7, codes: ['harm'] },
      { coder: 'bob', document: 'd1', start: 4, end: 13, codes: ['harm', 'hope'] },
      { coder: 'cy', document: 'd1', start: 15, end: 19, codes: ['hope'] },
      { coder: 'cy', document: 'd2', start: 0, end: 5, codes: ['harm'], deleted: true },
    ],
  );

  it('word units: 1 where a coder’s annotation of the code touches the word', () => {
    const data = reliabilityFromProject(snapshot, { unit: 'word' });
    expect(data.coders.map((c) => c.id)).toEqual(['ann', 'bob', 'cy']);
    const harm = data.codes.find((c) => c.codeId === 'harm');
    // d1 has 8 words, d2 2: "One" ann only, "two" ann+bob, "three" bob only, 7 words nobody.
    const columns = (harm?.units.values[0] ?? []).map((_, u) =>
      harm?.units.values.map((row) => row[u]).join(''),
    );
    const weightOf = (pattern: string) => harm?.units.weights?.[columns.indexOf(pattern)];
    expect(weightOf('100')).toBe(1);
    expect(weightOf('110')).toBe(1);
    expect(weightOf('010')).toBe(1);
    expect(weightOf('000')).toBe(7);
    expect(harm?.usedBy).toBe(2);
  });

  it('paragraph and document units', () => {
    const paragraphs = reliabilityFromProject(snapshot, { unit: 'paragraph' });
    expect(paragraphs.codes[0]?.units.weights?.reduce((a, b) => a + b, 0)).toBe(3);
    const documents = reliabilityFromProject(snapshot, { unit: 'document' });
    expect(documents.codes[0]?.units.weights?.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('character units weigh runs by their length and add up to the corpus length', () => {
    const data = reliabilityFromProject(snapshot, { unit: 'character' });
    for (const code of data.codes)
      expect(code.units.weights?.reduce((a, b) => a + b, 0)).toBe(TEXT.length + 11);
  });

  it('spans run the documents one after another on one continuum', () => {
    const data = reliabilityFromProject(snapshot, { unit: 'character', codeIds: ['hope'] });
    expect(data.codes[0]?.spans.continuum).toEqual([0, TEXT.length + 11]);
    expect(data.codes[0]?.spans.coders).toEqual([
      [],
      [{ start: 4, end: 13, value: 'hope' }],
      [{ start: 15, end: 19, value: 'hope' }],
    ]);
  });

  it('a code used by nobody has all-absent data, so alpha is null with a reason', () => {
    const unused = reliabilityFromProject(snapshot, { unit: 'word' }).codes.find(
      (c) => c.codeId === 'unused',
    );
    expect(unused?.usedBy).toBe(0);
    expect(krippendorffAlpha(unused?.units ?? { values: [] }).value).toBeNull();
  });

  it('refuses unknown coders, documents and codes, and fewer than two coders', () => {
    expect(() => reliabilityFromProject(snapshot, { unit: 'word', codeIds: ['nope'] })).toThrow(
      /Unknown code/,
    );
    expect(() => reliabilityFromProject(snapshot, { unit: 'word', documentIds: ['nope'] })).toThrow(
      /Unknown document/,
    );
    expect(() => reliabilityFromProject(snapshot, { unit: 'word', coderIds: ['ann'] })).toThrow(
      AgreementInputError,
    );
  });

  it('says which documents it left out for lack of text', () => {
    const withoutText = {
      ...snapshot,
      documents: snapshot.documents.map((d) => (d.id === 'd2' ? { ...d, text: undefined } : d)),
    };
    expect(reliabilityFromProject(withoutText, { unit: 'word' }).problems).toEqual([
      'd2.txt: exchanged without its text, which word units need; left out',
    ]);
  });
});

describe('character runs', () => {
  it('give the same alpha as one column per character', () => {
    const codingArb = fc.record({
      coder: fc.constantFrom('a', 'b', 'c'),
      start: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(fc.array(codingArb, { minLength: 1, maxLength: 10 }), (codings) => {
        const text = 'x'.repeat(30);
        const list: TestCoding[] = codings.map((c) => ({
          coder: c.coder,
          document: 'd',
          start: c.start,
          end: c.start + c.length,
          codes: ['k'],
        }));
        const snapshot = teamSnapshot({ d: text }, ['k'], ['a', 'b', 'c'], list);
        const runs = reliabilityFromProject(snapshot, {
          unit: 'character',
          coderIds: ['a', 'b', 'c'],
        }).codes[0]?.units;
        const explicit = ['a', 'b', 'c'].map((coder) =>
          [...text].map((_, i) =>
            list.some((c) => c.coder === coder && c.start <= i && i < c.end) ? 1 : 0,
          ),
        );
        const a = krippendorffAlpha(runs ?? { values: [] }).value;
        const b = krippendorffAlpha({ values: explicit }).value;
        return a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9;
      }),
    );
  });
});
