import { describe, expect, it } from 'vitest';
import { matchesAccelerator } from './use-global-keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {}) =>
  ({ key: k, ctrlKey: false, shiftKey: false, metaKey: false, ...mods }) as KeyboardEvent;

describe('matchesAccelerator', () => {
  it('matches Ctrl and Cmd for CmdOrCtrl, and requires Shift exactly', () => {
    expect(matchesAccelerator(key('o', { ctrlKey: true }), 'CmdOrCtrl+O')).toBe(true);
    expect(matchesAccelerator(key('o', { metaKey: true }), 'CmdOrCtrl+O')).toBe(true);
    expect(matchesAccelerator(key('O', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+O')).toBe(
      false,
    );
    expect(
      matchesAccelerator(key('O', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+O'),
    ).toBe(true);
    expect(matchesAccelerator(key('o'), 'CmdOrCtrl+O')).toBe(false);
  });

  it('accepts the shifted spellings of zoom keys', () => {
    expect(matchesAccelerator(key('+', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+=')).toBe(
      true,
    );
    expect(matchesAccelerator(key('=', { ctrlKey: true }), 'CmdOrCtrl+=')).toBe(true);
    expect(matchesAccelerator(key('-', { ctrlKey: true }), 'CmdOrCtrl+-')).toBe(true);
  });

  it('does not take a digit code hotkey for a panel toggle', () => {
    expect(matchesAccelerator(key('1'), 'CmdOrCtrl+B')).toBe(false);
    expect(matchesAccelerator(key('b', { ctrlKey: true }), 'CmdOrCtrl+B')).toBe(true);
  });
});
