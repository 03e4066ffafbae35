import type { Code } from '../model/types';

/** Codes read from a codebook file, made fit to land, and what was changed, in plain words. */
export interface TidiedCodes {
  codes: Code[];
  notes: string[];
}

/** How many names a note lists before summarising the rest. */
const SHOWN_NAMES = 10;
/** The longest name a note shows whole. */
const SHOWN_NAME_LENGTH = 40;

const named = (c: Code) =>
  `“${c.name.length > SHOWN_NAME_LENGTH ? `${c.name.slice(0, SHOWN_NAME_LENGTH)}…` : c.name}”`;

const list = (codes: readonly Code[]) =>
  codes.slice(0, SHOWN_NAMES).map(named).join(', ') +
  (codes.length > SHOWN_NAMES ? ` and ${codes.length - SHOWN_NAMES} more` : '');

/**
 * Tidies the codes of a codebook file before they land in a project:
 * - Tombstoned codes are skipped, not imported into the trash: a codebook file is a template of
 *   live codes (the export writes none), so a deleted code in one is noise from another tool or
 *   an old build. A code whose parent was skipped moves to the top level, as the export does.
 * - Duplicate hotkeys (compared case-insensitively, as pressing a key does) are resolved in file
 *   order: the first code keeps the key, every later code loses its hotkey. Rejecting the whole
 *   file would be harsher than the mistake; a key silently applying one of two codes is worse.
 * Each change is reported in `notes` for the user.
 */
export function tidyImportedCodes(codes: readonly Code[]): TidiedCodes {
  const notes: string[] = [];
  const skipped = codes.filter((c) => c.deleted);
  const skippedIds = new Set(skipped.map((c) => c.id));
  if (skipped.length > 0) {
    notes.push(
      `Skipped ${skipped.length} deleted code${skipped.length === 1 ? '' : 's'} (a codebook file brings live codes only): ${list(skipped)}`,
    );
  }
  const rerooted: Code[] = [];
  const hotkeyOwner = new Map<string, Code>();
  const lostHotkey: string[] = [];
  const out: Code[] = [];
  for (const code of codes) {
    if (code.deleted) continue;
    let next = code;
    if (next.parentId !== null && skippedIds.has(next.parentId)) {
      next = { ...next, parentId: null };
      rerooted.push(next);
    }
    if (next.hotkey !== null) {
      const key = next.hotkey.toLowerCase();
      const owner = hotkeyOwner.get(key);
      if (owner) {
        lostHotkey.push(`${named(next)} (“${next.hotkey}” stays with ${named(owner)})`);
        next = { ...next, hotkey: null };
      } else hotkeyOwner.set(key, next);
    }
    out.push(next);
  }
  if (rerooted.length > 0) {
    notes.push(`Moved to the top level, their parent being deleted: ${list(rerooted)}`);
  }
  if (lostHotkey.length > 0) {
    const shown = lostHotkey.slice(0, SHOWN_NAMES).join(', ');
    const more =
      lostHotkey.length > SHOWN_NAMES ? ` and ${lostHotkey.length - SHOWN_NAMES} more` : '';
    notes.push(`Hotkeys used twice: these codes keep no hotkey: ${shown}${more}`);
  }
  return { codes: out, notes };
}
