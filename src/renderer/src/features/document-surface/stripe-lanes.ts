import type { SurfaceAnnotation, SurfaceCode, SurfaceCoder } from './types';

/** One bar of an annotation in one lane: its colour and what it says to a screen reader. */
export interface StripeBar {
  color: string;
  label: string;
}

/**
 * How coding stripes are laid out: which lanes exist (in order) and which bars each annotation
 * gets in them. By code, as MAXQDA draws them; by coder, as NVivo's coding stripes by user.
 */
export interface StripeLanes {
  /** Every lane key in display order; only those present near the viewport take a lane. */
  readonly order: readonly string[];
  /** The lanes an annotation has a bar in. */
  keysOf(annotation: SurfaceAnnotation): readonly string[];
  /** The bar in one lane, or null if the lane's owner is unknown (not drawn). */
  bar(annotation: SurfaceAnnotation, key: string): StripeBar | null;
  /** The data attribute naming a bar's lane (`codeId` or `coderId`), for tests and styling. */
  readonly dataKey: 'codeId' | 'coderId';
}

/** One lane per code, in codebook order; a bar per code of an annotation, in the code's colour. */
export function lanesByCode(codes: readonly SurfaceCode[]): StripeLanes {
  const byId = new Map(codes.map((c) => [c.id, c]));
  return {
    order: codes.map((c) => c.id),
    keysOf: (a) => a.codeIds,
    bar: (_a, key) => {
      const code = byId.get(key);
      return code ? { color: code.color, label: code.name } : null;
    },
    dataKey: 'codeId',
  };
}

/**
 * One column per coder, in the order given, so two coders' work on one paragraph sits side by
 * side; one bar per annotation in its coder's colour, labelled with the coder and the codes
 * ("Ada: Trust, Power"). An annotation without a known coder gets no bar.
 */
export function lanesByCoder(
  coders: readonly SurfaceCoder[],
  codes: readonly SurfaceCode[],
): StripeLanes {
  const coderById = new Map(coders.map((c) => [c.id, c]));
  const codeName = new Map(codes.map((c) => [c.id, c.name]));
  return {
    order: coders.map((c) => c.id),
    keysOf: (a) => (a.createdBy === undefined ? [] : [a.createdBy]),
    bar: (a, key) => {
      const coder = coderById.get(key);
      if (!coder) return null;
      const names = a.codeIds.map((id) => codeName.get(id)).filter((n) => n !== undefined);
      return {
        color: coder.color,
        label: `${coder.name}: ${names.length ? names.join(', ') : 'no code'}`,
      };
    },
    dataKey: 'coderId',
  };
}
