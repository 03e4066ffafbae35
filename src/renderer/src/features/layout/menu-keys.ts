/**
 * Which item a key moves to in a vertical menu of `count` items (WAI-ARIA menu pattern):
 * Up/Down wrap, Home/End jump, a printable character moves to the next item whose label starts
 * with it. Returns null for keys that do not move.
 */
export function nextMenuIndex(
  key: string,
  current: number,
  labels: readonly string[],
): number | null {
  const count = labels.length;
  if (count === 0) return null;
  if (key === 'ArrowDown') return (current + 1) % count;
  if (key === 'ArrowUp') return (current - 1 + count) % count;
  if (key === 'Home' || key === 'PageUp') return 0;
  if (key === 'End' || key === 'PageDown') return count - 1;
  if (key.length === 1 && key.trim()) {
    const letter = key.toLocaleLowerCase();
    for (let step = 1; step <= count; step++) {
      const at = (current + step) % count;
      if (labels[at]?.toLocaleLowerCase().startsWith(letter)) return at;
    }
  }
  return null;
}

const KEY_NAMES: Record<string, string> = { Ctrl: 'Control', '↑': 'ArrowUp', '↓': 'ArrowDown' };

/** A shortcut as menus show it ("Ctrl+E", "Alt+↑") in `aria-keyshortcuts` syntax. */
export function ariaKeyShortcut(shown: string): string {
  return shown
    .split('+')
    .map((part) => KEY_NAMES[part] ?? part)
    .join('+');
}
