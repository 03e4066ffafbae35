/**
 * From OKLCh (OKLab in polar form: lightness, chroma, hue in degrees) to `#rrggbb`. Colours made
 * this way keep a chosen lightness whatever their hue, so generated colours all read alike
 * against the page. Chroma is lowered until the colour fits in sRGB (no channel clipped, which
 * would change its lightness and hue).
 */
export function okLchToHex(lightness: number, chroma: number, hueDegrees: number): string {
  const h = (hueDegrees * Math.PI) / 180;
  for (let c = chroma; c > 0; c -= 0.005) {
    const rgb = okLabToLinearRgb(lightness, c * Math.cos(h), c * Math.sin(h));
    if (rgb.every((v) => v >= 0 && v <= 1)) return toHex(rgb);
  }
  return toHex(okLabToLinearRgb(lightness, 0, 0).map((v) => Math.min(1, Math.max(0, v))));
}

/** OKLab to linear sRGB (Björn Ottosson's reference matrices, the inverse of `toOkLab`). */
function okLabToLinearRgb(l: number, a: number, b: number): number[] {
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

/** Linear sRGB channels (0-1) to `#rrggbb`. */
function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((v) => {
      const c = v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
      return Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')}`;
}
