import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut, nextMenuIndex } from './menu-keys';

const labels = ['New project…', 'Rename project…', 'Delete project', 'Backups…'];

describe('nextMenuIndex', () => {
  it('wraps with the arrows and jumps with Home and End', () => {
    expect(nextMenuIndex('ArrowDown', 3, labels)).toBe(0);
    expect(nextMenuIndex('ArrowUp', 0, labels)).toBe(3);
    expect(nextMenuIndex('ArrowDown', 1, labels)).toBe(2);
    expect(nextMenuIndex('Home', 2, labels)).toBe(0);
    expect(nextMenuIndex('End', 0, labels)).toBe(3);
  });

  it('moves to the next item starting with a typed letter, from after the current one', () => {
    expect(nextMenuIndex('r', 0, labels)).toBe(1);
    expect(nextMenuIndex('B', 0, labels)).toBe(3);
    expect(nextMenuIndex('n', 0, labels)).toBe(0);
    expect(nextMenuIndex('x', 0, labels)).toBeNull();
  });

  it('ignores other keys and empty menus', () => {
    expect(nextMenuIndex('Enter', 0, labels)).toBeNull();
    expect(nextMenuIndex(' ', 0, labels)).toBeNull();
    expect(nextMenuIndex('ArrowDown', 0, [])).toBeNull();
  });
});

describe('ariaKeyShortcut', () => {
  it('spells shortcuts the way aria-keyshortcuts wants them', () => {
    expect(ariaKeyShortcut('Ctrl+Shift+O')).toBe('Control+Shift+O');
    expect(ariaKeyShortcut('Alt+↑')).toBe('Alt+ArrowUp');
    expect(ariaKeyShortcut('Alt+↓')).toBe('Alt+ArrowDown');
    expect(ariaKeyShortcut('F2')).toBe('F2');
  });
});
