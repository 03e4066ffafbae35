import type { DiffRun } from './word-diff';

/** A span marked in one side of the compare view (an annotation, a proposed placement). */
export interface Mark {
  start: number;
  end: number;
  /** Which proposal it belongs to (its index). */
  index: number;
}

/** A piece of a paragraph as rendered: changed or kept, and the marks covering it. */
export interface Piece {
  start: number;
  end: number;
  changed: boolean;
  marks: number[];
}

/**
 * Cuts a paragraph's diff runs at every mark boundary, so each rendered piece is one text node
 * with one set of classes (and a selection in it maps back to text offsets by its start).
 */
export function piecesOf(runs: readonly DiffRun[], marks: readonly Mark[]): Piece[] {
  if (runs.length === 0) return [];
  const from = runs[0]!.start;
  const to = runs.at(-1)!.end;
  const inside = marks.filter((m) => m.start < to && m.end > from && m.end > m.start);
  const cuts = new Set<number>();
  for (const r of runs) cuts.add(r.start).add(r.end);
  for (const m of inside) cuts.add(Math.max(from, m.start)).add(Math.min(to, m.end));
  const points = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  let run = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (runs[run]!.end <= start) run++;
    out.push({
      start,
      end,
      changed: runs[run]!.changed,
      marks: inside.filter((m) => m.start < end && m.end > start).map((m) => m.index),
    });
  }
  return out;
}
