import { okLabDistance, toOkLab, type OkLab } from '../color/oklab';
import type { Code } from '../model/types';

/**
 * Colours for new codes: sixteen, one for each code of the starter codebook. Mid-lightness
 * (OKLab L 0.55-0.86) so that, drawn as translucent highlights, each stays visible on a white
 * page and on a dark theme; at least 0.1 apart in OKLab so neighbouring highlights can be told
 * apart. Tableau 10 (less its grey and olive) extended by farthest-point search in OKLab.
 */
export const DEFAULT_PALETTE: readonly string[] = [
  '#4e79a7', // blue
  '#f28e2b', // orange
  '#e15759', // red
  '#59a14f', // green
  '#edc948', // yellow
  '#b07aa1', // purple
  '#ff9da7', // pink
  '#9c755f', // brown
  '#76b7b2', // teal
  '#48e888', // mint
  '#e088f8', // orchid
  '#7898f8', // cornflower
  '#c0c0f8', // lavender
  '#9860e0', // violet
  '#00e0f8', // cyan
  '#a0c000', // lime
];

/**
 * The colour for a new code: of the palette colours used least (unused ones first), the one
 * farthest in OKLab from the colours in use by more codes than that (any colour, chosen from the
 * palette or not). So the first sixteen codes get sixteen different colours, each as unlike the
 * earlier ones as the palette allows, and colours repeat evenly after that. Ties go to palette
 * order, so the choice is deterministic.
 */
export function nextColor(
  codes: readonly Code[],
  palette: readonly string[] = DEFAULT_PALETTE,
): string {
  const uses = new Map(palette.map((c) => [c.toLowerCase(), 0]));
  const live = codes.filter((c) => !c.deleted).map((c) => c.color.toLowerCase());
  for (const colour of live) {
    const count = uses.get(colour);
    if (count !== undefined) uses.set(colour, count + 1);
  }
  const fewest = Math.min(...uses.values());
  const crowded: OkLab[] = [];
  for (const colour of live) {
    const lab = (uses.get(colour) ?? Infinity) > fewest ? toOkLab(colour) : null;
    if (lab) crowded.push(lab);
  }
  let best = palette[0] ?? '#4e79a7';
  let bestDistance = -1;
  for (const colour of palette) {
    const lab = toOkLab(colour);
    if (uses.get(colour.toLowerCase()) !== fewest || !lab) continue;
    let distance = Infinity;
    for (const other of crowded) distance = Math.min(distance, okLabDistance(lab, other));
    if (distance > bestDistance) {
      best = colour;
      bestDistance = distance;
    }
  }
  return best;
}
