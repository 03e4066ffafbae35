import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipText, describeValue, previewText } from './describe-value';

describe('describeValue', () => {
  it('shows short scalars as they are', () => {
    expect(describeValue('marginalia')).toBe('"marginalia"');
    expect(describeValue(3)).toBe('3');
    expect(describeValue(Number.NaN)).toBe('not a number');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(false)).toBe('false');
    expect(describeValue(undefined)).toBe('missing');
  });

  it('describes long strings, arrays and objects by type and size', () => {
    expect(describeValue('x'.repeat(41))).toBe('a string of 41 characters');
    expect(describeValue('\u0001'.repeat(10))).toBe('a string of 10 characters');
    expect(describeValue([1, 2])).toBe('an array of 2 items');
    expect(describeValue({ a: 1 })).toBe('an object with 1 key');
    expect(describeValue({ a: [{ b: 1 }] })).toBe('an object nested 3 deep');
  });

  it('counts nesting without recursion, 100,000 deep', () => {
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(describeValue(value)).toBe('an array nested 100,000 deep');
  });

  it('property: never longer than a short line, whatever the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(describeValue(value).length).toBeLessThanOrEqual(44);
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});

describe('clipText and previewText', () => {
  it('cut long text to 40 units with an ellipsis, and quote it for previews', () => {
    expect(clipText('short')).toBe('short');
    expect(clipText('y'.repeat(100))).toBe(`${'y'.repeat(40)}…`);
    expect(previewText('a "b"')).toBe('"a \\"b\\""');
  });
});
