/**
 * OKLab, a perceptual colour space (Björn Ottosson, 2020: https://bottosson.github.io/posts/oklab/).
 * Euclidean distance in it tracks how different two colours look far better than distance in
 * sRGB, and more evenly across hues than CIELAB, so code colours are compared here.
 */
export type OkLab = readonly [lightness: number, a: number, b: number];

/** sRGB channel (0-255) to linear light. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Reads `#rrggbb` (or `#rgb`), any case; null for anything else. */
export function parseHexColor(hex: string): [number, number, number] | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((d) => d + d) : null;
  return parts ? (parts.map((p) => parseInt(p, 16)) as [number, number, number]) : null;
}

/** The OKLab coordinates of an sRGB colour given as `#rrggbb`; null if it is not one. */
export function toOkLab(hex: string): OkLab | null {
  const rgb = parseHexColor(hex);
  if (!rgb) return null;
  const [r, g, b] = rgb.map(linear) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

/** How different two colours look: Euclidean distance in OKLab (0 = identical, ~1 = black/white). */
export function okLabDistance(a: OkLab, b: OkLab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}
