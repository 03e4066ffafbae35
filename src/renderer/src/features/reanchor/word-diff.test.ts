import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

describe('wordDiff', () => {
  it('marks the words only on one side, with offsets in each whole text', () => {
    const left = 'xx related to terrorism, in all';
    const right = 'related to counter-terrorism, in  every';
    const out = wordDiff(left, { start: 3, end: left.length }, right, {
      start: 0,
      end: right.length,
    });
    const changed = (text: string, runs: typeof out.left) =>
      runs.filter((r) => r.changed).map((r) => text.slice(r.start, r.end).trim());
    expect(changed(left, out.left)).toEqual(['all']);
    expect(changed(right, out.right)).toEqual(['counter-', 'every']);
    // Runs cover each paragraph exactly, and a spacing change is not a change.
    expect(out.left[0]!.start).toBe(3);
    expect(out.left.at(-1)!.end).toBe(left.length);
    expect(out.right.at(-1)!.end).toBe(right.length);
  });
});
