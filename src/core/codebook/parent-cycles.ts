import { walkParentChains, type ParentLink } from './parent-chains';
import { compareSiblings, type SiblingKey } from './sibling-order';

/** What finding and cutting parent cycles needs of a code. */
export type CycleCode = ParentLink & SiblingKey;

/**
 * A parent cycle (two coders moved codes under each other, and a merge kept both moves: see
 * `combineSnapshots`), and where views and checks cut it.
 */
export interface ParentCycle {
  /** The codes on the cycle in parent order (each one's parent is the next; the last's is the first), from the cut. */
  ids: string[];
  /** The code shown at the top level to break the cycle: the one that sorts first among siblings. */
  cut: string;
}

/**
 * Every parent cycle among `codes`, each cut at the code that sorts first (`compareSiblings`),
 * so the cut depends only on the codes, never on their order in a list or on a merge's history.
 * A cycle is settled by moving any of its codes (see `moveCode`). Linear in the number of codes.
 */
export function parentCycles(codes: readonly CycleCode[]): ParentCycle[] {
  const chains = walkParentChains(codes);
  if (chains.cycles.length === 0) return [];
  const byId = new Map<string, CycleCode>();
  for (const c of codes) if (!byId.has(c.id)) byId.set(c.id, c);
  return chains.cycles.map((ids) => {
    let at = 0;
    ids.forEach((id, k) => {
      if (compareSiblings(byId.get(id) as CycleCode, byId.get(ids[at] as string) as CycleCode) < 0)
        at = k;
    });
    return { ids: [...ids.slice(at), ...ids.slice(0, at)], cut: ids[at] as string };
  });
}

/**
 * `codes` with each cycle's cut code lifted to the top level (`parentId` null), as the codebook
 * shows them and as checks measure depth. The same list (same objects) when there is no cycle.
 */
export function withCyclesCut<C extends CycleCode>(codes: readonly C[]): readonly C[] {
  const cycles = parentCycles(codes);
  if (cycles.length === 0) return codes;
  const cuts = new Set(cycles.map((c) => c.cut));
  return codes.map((c) => (cuts.has(c.id) ? { ...c, parentId: null } : c));
}
