import { parentCycles, type ParentCycle } from './parent-cycles';

/** How many code names a message lists before summarising the rest. */
const SHOWN_NAMES = 6;

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The cycle's codes by name, quoted, a few of a long one: “X”, “Y” and “Z”. */
function quotedNames(cycle: ParentCycle, nameOf: (id: string) => string): string {
  const names = cycle.ids.slice(0, SHOWN_NAMES).map((id) => `“${nameOf(id)}”`);
  if (cycle.ids.length > SHOWN_NAMES) names.push(`${cycle.ids.length - SHOWN_NAMES} more`);
  return listInWords(names);
}

/** The cycle as a path of names back to its first: X → Y → X (a long one shortened). */
export function cyclePath(cycle: ParentCycle, nameOf: (id: string) => string): string {
  const shown = cycle.ids.slice(0, SHOWN_NAMES).map(nameOf);
  return cycle.ids.length > SHOWN_NAMES
    ? `${shown.join(' → ')} → … (${cycle.ids.length} codes)`
    : [...shown, nameOf(cycle.cut)].join(' → ');
}

/**
 * A cycle in the user's words, for the workbench: "Ada and Ben moved “X” and “Y” under each
 * other; “X” is shown at the top level. Move one of them to settle it." `coders` are the names
 * of who last moved the codes (none known: the sentence says what happened without them).
 */
export function cycleMessage(
  cycle: ParentCycle,
  nameOf: (id: string) => string,
  coders: readonly string[],
): string {
  const names = quotedNames(cycle, nameOf);
  const how =
    cycle.ids.length === 2
      ? 'under each other'
      : `each under the next (${cyclePath(cycle, nameOf)})`;
  const what =
    cycle.ids.length === 1
      ? `“${nameOf(cycle.cut)}” is its own parent`
      : coders.length > 0
        ? `${listInWords(coders)} moved ${names} ${how}`
        : `${names} are ${how}`;
  return `${what}; “${nameOf(cycle.cut)}” is shown at the top level. Move ${cycle.ids.length === 1 ? 'it' : 'one of them'} to settle it.`;
}

/** What `codeCycles` needs of a code. */
export interface CycleRecord {
  id: string;
  parentId: string | null;
  name: string;
  order: number;
  deleted: boolean;
  updatedBy: string;
}

/** One parent cycle among the live codes, with the sentence that shows it to the user. */
export interface DescribedCycle extends ParentCycle {
  message: string;
}

/**
 * The parent cycles among the live codes (a tombstoned parent counts as none, as the codebook
 * shows it), each with `cycleMessage` naming who last moved its codes (`coderName`: a coder's
 * name, undefined when unknown).
 */
export function codeCycles(
  codes: readonly CycleRecord[],
  coderName: (id: string) => string | undefined,
): DescribedCycle[] {
  const live = codes.filter((c) => !c.deleted);
  const liveIds = new Set(live.map((c) => c.id));
  const byId = new Map(live.map((c) => [c.id, c]));
  const links = live.map((c) => ({
    ...c,
    parentId: c.parentId !== null && liveIds.has(c.parentId) ? c.parentId : null,
  }));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  return parentCycles(links).map((cycle) => {
    const coders = new Set<string>();
    for (const id of cycle.ids) {
      const who = coderName(byId.get(id)?.updatedBy ?? '');
      if (who) coders.add(who);
    }
    return { ...cycle, message: cycleMessage(cycle, nameOf, [...coders].sort()) };
  });
}
