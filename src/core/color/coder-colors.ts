import type { Coder, Id } from '../model/types';
import { okLchToHex } from './oklch';

/**
 * Colours for coders, used for their coding stripes ("by coder") and beside their names. Ten,
 * each at least 3:1 against a white or off-white page (WCAG non-text contrast, so a stripe is
 * seen beside the text) and at least 0.1 apart in OKLab; chosen by farthest-point search from
 * darker Tableau and Material tones, so the first coders differ the most. Darker than the code
 * palette on purpose: code colours are translucent highlights behind text, coder colours are
 * solid marks beside it.
 */
export const CODER_PALETTE: readonly string[] = [
  '#1f77b4', // blue
  '#d62728', // red
  '#6a6f00', // olive
  '#7b1fa2', // purple
  '#9467bd', // lavender
  '#6d4c41', // brown
  '#3949ab', // indigo
  '#00796b', // teal
  '#ad1457', // magenta
  '#a0522d', // sienna
];

/**
 * The order coders take colours in: by when the coder was first made, then by id. Coder records
 * travel in exchange files with their `createdAt`, so teammates who know the same coders see
 * the same colours, and a coder met later never takes the colour of one met before.
 */
export function orderCoders<T extends Pick<Coder, 'id' | 'createdAt'>>(coders: readonly T[]): T[] {
  return [...coders].sort((a, b) =>
    a.createdAt < b.createdAt
      ? -1
      : a.createdAt > b.createdAt
        ? 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
}

/**
 * A colour for each coder id, from the coders in their order (see `orderCoders`): the palette
 * in turn, then, past its end, a colour made from the id (a hue from its hash at the palette's
 * lightness), so any number of coders get a stable, readable colour. Repeated ids keep the
 * first colour.
 */
export function coderColors(orderedCoderIds: readonly Id[]): Map<Id, string> {
  const colours = new Map<Id, string>();
  for (const id of orderedCoderIds) {
    if (colours.has(id)) continue;
    colours.set(id, CODER_PALETTE[colours.size] ?? colourFromId(id));
  }
  return colours;
}

/** A coder's colour where the order is not known: from the id alone. */
export function colourFromId(id: Id): string {
  return okLchToHex(0.5, 0.13, hash(id) % 360);
}

/** 32-bit FNV-1a of a string: a cheap, well-spread hash for picking a hue. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
