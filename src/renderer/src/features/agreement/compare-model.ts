import type { Passage } from '../../../../core/agreement/passages';
import type { Annotation } from '../../../../core/model/types';

/** A stretch of text in a coder's lane: plain, or covered by some of the coder's annotations. */
export interface LanePiece {
  start: number;
  end: number;
  /** The annotations covering it (none: uncoded text). */
  covering: Annotation[];
}

/**
 * Cuts [from, to) of a document into pieces at every boundary of the coder's annotations there,
 * so each lane shows the same text with that coder's coding marked: lanes stacked one above the
 * other wrap alike and line up character for character.
 */
export function lanePieces(version: readonly Annotation[], from: number, to: number): LanePiece[] {
  const cuts = new Set([from, to]);
  for (const a of version) {
    if (a.start > from && a.start < to) cuts.add(a.start);
    if (a.end > from && a.end < to) cuts.add(a.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: LanePiece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    pieces.push({ start, end, covering: version.filter((a) => a.start < end && a.end > start) });
  }
  return pieces;
}

/**
 * The text around a passage to show: up to `pad` characters each side, widened to whole words
 * and cut at paragraph breaks, so the reader sees the passage in its sentence.
 */
export function contextWindow(
  text: string,
  passage: { start: number; end: number },
  pad = 160,
): { from: number; to: number } {
  let from = Math.max(0, passage.start - pad);
  let to = Math.min(text.length, passage.end + pad);
  const breakBefore = text.lastIndexOf('\n\n', passage.start);
  if (breakBefore >= from) from = breakBefore + 2;
  const breakAfter = text.indexOf('\n\n', passage.end);
  if (breakAfter >= 0 && breakAfter < to) to = breakAfter;
  while (from > 0 && from < passage.start && /\S/.test(text[from - 1] as string)) from--;
  while (to < text.length && to > passage.end && /\S/.test(text[to] as string)) to++;
  return { from, to };
}

/**
 * The consensus annotations that settle a passage: those over it or derived from its coders'
 * annotations (new boundaries may reach past it). An "accept neither" decision is one of them
 * (a consensus annotation with no code), so a decided passage stays decided after a reload.
 */
export function settling(passage: Passage, consensus: readonly Annotation[]): Annotation[] {
  const sources = new Set(passage.versions.flat().map((a) => a.id));
  return consensus.filter(
    (a) =>
      (a.start < passage.end && a.end > passage.start) ||
      (a.derivedFrom?.some((id) => sources.has(id)) ?? false),
  );
}

/** Whether a passage is decided: some consensus annotation settles it (see `settling`). */
export function isSettled(passage: Passage, consensus: readonly Annotation[]): boolean {
  return settling(passage, consensus).length > 0;
}

/** The index of the next (or previous) item after `current` among `count`, wrapping around. */
export function step(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** What the reviewer chose, as the undo label needs it (a verdict without its passage). */
export type VerdictChoice =
  | { kind: 'versions'; accept: readonly number[] }
  | { kind: 'merged' }
  | { kind: 'span'; start: number; end: number };

/** The undo label of a verdict, in the reviewer's words. */
export function verdictLabel(choice: VerdictChoice, coderNames: readonly string[]): string {
  if (choice.kind === 'merged') return 'accept the merged span';
  if (choice.kind === 'span') return `accept new boundaries ${choice.start}–${choice.end}`;
  const { accept } = choice;
  if (accept.length === 0) return 'accept neither version';
  if (accept.length === 1) return `accept ${coderNames[accept[0] as number] ?? 'a'}’s version`;
  return accept.length === 2 && coderNames.length === 2
    ? 'accept both versions'
    : 'accept every version';
}
