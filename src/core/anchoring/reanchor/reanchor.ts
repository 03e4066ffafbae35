import {
  DEFAULT_PLACE_OPTIONS,
  placeAnchor,
  prepareTarget,
  type PlaceOptions,
} from './place-anchor';
import type { Anchor, Placement } from './placement';

/** Options of a batch re-anchoring run (worker-friendly: progress, cancel, chunks). */
export interface ReanchorOptions extends Partial<PlaceOptions> {
  /** Cancels the run between chunks; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each chunk with how many annotations are placed so far. */
  onProgress?(done: number, total: number): void;
  /** Annotations placed between two yields to the event loop (default 500). */
  chunkSize?: number;
}

/**
 * Places every annotation of a document on a new version of its text (see `placeAnchor`), all
 * at once. `oldText` is the text the annotations were made on, when known: it lets a diff map
 * unchanged stretches first, which is what makes long texts fast. Results are in input order.
 */
export function reanchorAll(
  oldText: string | null,
  newText: string,
  anchors: readonly Anchor[],
  options: Partial<PlaceOptions> = {},
): Placement[] {
  const target = prepareTarget(oldText, newText);
  const place = { ...DEFAULT_PLACE_OPTIONS, ...options };
  return anchors.map((a) => placeAnchor(target, a, place));
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `reanchorAll` in chunks, yielding to the event loop between them so a worker can report
 * progress and receive a cancel message; the same results in the same order.
 */
export async function reanchorInChunks(
  oldText: string | null,
  newText: string,
  anchors: readonly Anchor[],
  options: ReanchorOptions = {},
): Promise<Placement[]> {
  const { signal, onProgress, chunkSize = 500, ...tuning } = options;
  signal?.throwIfAborted();
  const target = prepareTarget(oldText, newText);
  const place = { ...DEFAULT_PLACE_OPTIONS, ...tuning };
  const out: Placement[] = [];
  for (let i = 0; i < anchors.length; i += chunkSize) {
    for (const a of anchors.slice(i, i + chunkSize)) out.push(placeAnchor(target, a, place));
    onProgress?.(out.length, anchors.length);
    await nextTurn();
    signal?.throwIfAborted();
  }
  if (anchors.length === 0) onProgress?.(0, 0);
  return out;
}
