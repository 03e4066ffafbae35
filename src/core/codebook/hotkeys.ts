import type { Code, Id, Timestamp } from '../model/types';
import { treeOrder } from './code-tree';
import { touched } from '../model/stamp';

/**
 * Gives the first nine codes in tree order the keys '1'..'9' by position (first code '1', ...),
 * each only when the code has no hotkey yet and no live code already uses that key, so a
 * coder's own choices are never overwritten. Returns the changed codes only.
 */
export function defaultHotkeys(codes: readonly Code[], coder: Id, now: Timestamp): Code[] {
  const used = new Set(codes.filter((c) => !c.deleted && c.hotkey !== null).map((c) => c.hotkey));
  const changed: Code[] = [];
  treeOrder(codes)
    .slice(0, 9)
    .forEach((code, i) => {
      const key = String(i + 1);
      if (code.hotkey !== null || used.has(key)) return;
      used.add(key);
      changed.push(touched(code, { hotkey: key }, coder, now));
    });
  return changed;
}

/** The live code a key applies, if any (keys compare case-insensitively). */
export function codeForHotkey(codes: readonly Code[], key: string): Code | undefined {
  const k = key.toLowerCase();
  return codes.find((c) => !c.deleted && c.hotkey !== null && c.hotkey.toLowerCase() === k);
}
