import { coderColors, orderCoders } from '../../../../core/color/coder-colors';
import type { Coder, Id } from '../../../../core/model/types';
import { isCoderShown, type CoderFilter } from './coder-view';

/** A coder as the filter, the list and the stripes show them. */
export interface CoderEntry {
  id: Id;
  /** The coder's name, or a placeholder when the record of who it is never arrived. */
  name: string;
  /** The coder's colour (see `coderColors`). */
  color: string;
  shown: boolean;
  /** The coder using this profile. */
  current: boolean;
  /** False when no coder record with this id is known (yet): the name is a placeholder. */
  recorded: boolean;
  /** How many annotations of the open document are theirs. */
  count: number;
}

/**
 * Every coder whose annotations are in the open document, plus the current coder, in colour
 * order, with their names, colours and whether the filter shows them. Colours come from the
 * order of all coders this profile knows (so they do not change from one document to the next);
 * an id with no coder record (a file that left it out) gets a colour after them and a
 * placeholder name, so no one's work is nameless or hidden by accident.
 */
export function coderEntries(
  known: readonly Coder[],
  present: ReadonlyMap<Id, number>,
  currentId: Id | null,
  filter: CoderFilter,
): CoderEntry[] {
  const ordered = orderCoders(known);
  const knownIds = new Set(ordered.map((c) => c.id));
  const strangers = [...present.keys()].filter((id) => !knownIds.has(id)).sort();
  const colours = coderColors([...ordered.map((c) => c.id), ...strangers]);
  const wanted = (id: Id) => present.has(id) || id === currentId;
  const entry = (id: Id, name: string, recorded = true): CoderEntry => ({
    id,
    name,
    color: colours.get(id)!,
    shown: isCoderShown(filter, id),
    current: id === currentId,
    recorded,
    count: present.get(id) ?? 0,
  });
  return [
    ...ordered.filter((c) => wanted(c.id)).map((c) => entry(c.id, c.name)),
    ...strangers.map((id) => entry(id, `Unknown coder ${id.slice(0, 8)}`, false)),
  ];
}

/** How many annotations of a list each coder (by `createdBy`) made: one pass, no copies. */
export function annotationsPerCoder(annotations: readonly { createdBy: Id }[]): Map<Id, number> {
  const counts = new Map<Id, number>();
  for (const a of annotations) counts.set(a.createdBy, (counts.get(a.createdBy) ?? 0) + 1);
  return counts;
}

/**
 * The annotations the filter shows, in their order. Everyone's returns the same array (nothing
 * copied at 100,000 annotations); a narrowed filter is one pass.
 */
export function shownAnnotations<T extends { createdBy: Id }>(
  annotations: readonly T[],
  filter: CoderFilter,
): readonly T[] {
  if (filter.kind === 'all') return annotations;
  const shown = new Set(filter.coderIds);
  return annotations.filter((a) => shown.has(a.createdBy));
}
