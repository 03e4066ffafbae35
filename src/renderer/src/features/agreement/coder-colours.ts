/**
 * A colour per coder lane, by the coder's position among the compared coders (Okabe-Ito, told
 * apart by most people with colour blindness). A local stand-in until per-coder colours from the
 * coders feature are on main; replace the call sites with theirs then.
 */
const LANE_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'];

/** The lane colour of the coder at `index` among the compared coders. */
export function laneColour(index: number): string {
  return LANE_COLOURS[index % LANE_COLOURS.length] as string;
}
