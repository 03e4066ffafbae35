import type { Id } from '../../../../core/model/types';

/** Which coders' annotations are shown: everyone's, or only the chosen coders'. */
export type CoderFilter = { kind: 'all' } | { kind: 'only'; coderIds: readonly Id[] };

/** How the margin stripes are laid out: one lane per code, or one column per coder. */
export type StripeMode = 'code' | 'coder';

/** How a project shows its coders' work; kept per project in the settings. */
export interface CoderView {
  filter: CoderFilter;
  stripeMode: StripeMode;
}

/** Everyone's work, stripes by code: what a project shows until the user chooses otherwise. */
export const DEFAULT_CODER_VIEW: CoderView = { filter: { kind: 'all' }, stripeMode: 'code' };

/** The settings key of a project's coder view. */
export const coderViewKey = (projectId: Id): string => `coderView:${projectId}`;

/**
 * Reads a stored coder view, whatever the settings hold (another version of the app, a hand
 * edit): anything that is not a valid view gives the default, and unknown fields are dropped.
 */
export function parseCoderView(value: unknown): CoderView {
  if (typeof value !== 'object' || value === null) return DEFAULT_CODER_VIEW;
  const { filter, stripeMode } = value as { filter?: unknown; stripeMode?: unknown };
  const mode: StripeMode = stripeMode === 'coder' ? 'coder' : 'code';
  const f = filter as { kind?: unknown; coderIds?: unknown } | null | undefined;
  const ids = f?.kind === 'only' && Array.isArray(f.coderIds) ? f.coderIds : null;
  return {
    filter:
      ids && ids.every((id) => typeof id === 'string')
        ? { kind: 'only', coderIds: [...new Set(ids as string[])] }
        : { kind: 'all' },
    stripeMode: mode,
  };
}

/** Whether a coder's annotations are shown under the filter. */
export function isCoderShown(filter: CoderFilter, coderId: Id): boolean {
  return filter.kind === 'all' || filter.coderIds.includes(coderId);
}

/**
 * The filter after the user ticks or unticks one coder among `present` (the coders offered):
 * unticking from "all" keeps everyone else; ticking the last hidden one goes back to "all", so
 * coders who appear later (a teammate's file) are shown too.
 */
export function toggleCoder(filter: CoderFilter, coderId: Id, present: readonly Id[]): CoderFilter {
  const shown = filter.kind === 'all' ? present : filter.coderIds;
  const next = shown.includes(coderId) ? shown.filter((id) => id !== coderId) : [...shown, coderId];
  return present.every((id) => next.includes(id))
    ? { kind: 'all' }
    : { kind: 'only', coderIds: next };
}

/** Shows only one coder's annotations. */
export function onlyCoder(coderId: Id): CoderFilter {
  return { kind: 'only', coderIds: [coderId] };
}
