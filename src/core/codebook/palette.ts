import type { Code } from '../model/types';

/**
 * Colours for new codes. Mid-lightness (CIELAB L* 50-85) so that, drawn as translucent highlights,
 * each stays visible on a white page and on a dark theme; at least ΔE 18 apart so neighbouring
 * highlights can be told apart. Based on Tableau 10 with a cyan, an olive and a violet added.
 */
export const DEFAULT_PALETTE: readonly string[] = [
  '#4e79a7', // blue
  '#f28e2b', // orange
  '#e15759', // red
  '#76b7b2', // teal
  '#59a14f', // green
  '#edc948', // yellow
  '#b07aa1', // purple
  '#ff9da7', // pink
  '#9c755f', // brown
  '#17becf', // cyan
  '#bcbd22', // olive
  '#c05cff', // violet
];

/**
 * The colour for a new code: the palette colour fewest live codes use (the first such in palette
 * order), so colours repeat only after all twelve are taken, and evenly after that.
 */
export function nextColor(
  codes: readonly Code[],
  palette: readonly string[] = DEFAULT_PALETTE,
): string {
  const uses = new Map(palette.map((c) => [c, 0]));
  for (const code of codes) {
    const key = code.color.toLowerCase();
    if (!code.deleted && uses.has(key)) uses.set(key, (uses.get(key) as number) + 1);
  }
  let best = palette[0] as string;
  for (const colour of palette) {
    if ((uses.get(colour) as number) < (uses.get(best) as number)) best = colour;
  }
  return best;
}
