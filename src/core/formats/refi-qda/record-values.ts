import { nextColor } from '../../codebook/palette';
import type { Code, Timestamp } from '../../model/types';

/**
 * A REFI-QDA `xsd:dateTime` as a Marginalia timestamp (ISO 8601 UTC with milliseconds). A time
 * without a zone is read as UTC; an unreadable one falls back to `fallback` (the import time).
 */
export function toTimestamp(value: string | undefined, fallback: Timestamp): Timestamp {
  if (!value) return fallback;
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value.trim()) ? value.trim() : `${value.trim()}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : fallback;
}

/**
 * A REFI-QDA colour (`#RRGGBB` or `#RGB`, any case) as Marginalia's `#rrggbb`; a code without a
 * usable colour gets the next palette colour, as a new code in the workbench would.
 */
export function toCodeColour(value: string | undefined, codesSoFar: readonly Code[]): string {
  const v = value?.trim() ?? '';
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) {
    const [r, g, b] = v.slice(1).toLowerCase();
    return `#${r}${r}${g}${g}${b}${b}`;
  }
  return nextColor(codesSoFar);
}

/** Joins memo pieces (a description, note texts), skipping empty and repeated ones. */
export function joinMemos(pieces: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const piece of pieces) {
    if (piece.trim() === '' || seen.has(piece)) continue;
    seen.add(piece);
    kept.push(piece);
  }
  return kept.join('\n\n');
}
