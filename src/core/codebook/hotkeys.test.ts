import { describe, expect, it } from 'vitest';
import { codeForHotkey, defaultHotkeys } from './hotkeys';
import { makeCode } from './test-support/make-code';

describe('defaultHotkeys', () => {
  it('numbers the first nine codes in tree order, keeping keys already taken', () => {
    const codes = [
      makeCode('a', 'A', { order: 0 }),
      makeCode('a1', 'A1', { parentId: 'a' }),
      makeCode('b', 'B', { order: 1, hotkey: '2' }),
      makeCode('c', 'C', { order: 2, hotkey: '1' }),
      ...Array.from({ length: 8 }, (_, i) => makeCode(`z${i}`, `Z${i}`, { order: 3 + i })),
    ];
    const changed = defaultHotkeys(codes, 'bob', '2026-02-02T00:00:00.000Z');
    const keys = Object.fromEntries(changed.map((c) => [c.id, c.hotkey]));
    // a → '1' is taken by c; a1 → '2' is taken by b; b and c keep theirs.
    expect(keys).toEqual({ z0: '5', z1: '6', z2: '7', z3: '8', z4: '9' });
    expect(changed.every((c) => c.updatedBy === 'bob')).toBe(true);
  });

  it('finds the code for a key', () => {
    const codes = [
      makeCode('a', 'A', { hotkey: 'Q' }),
      makeCode('b', 'B', { hotkey: '1', deleted: true }),
    ];
    expect(codeForHotkey(codes, 'q')?.id).toBe('a');
    expect(codeForHotkey(codes, '1')).toBeUndefined();
  });
});
