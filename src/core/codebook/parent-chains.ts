/**
 * The deepest a code may sit: 100 levels (a top-level code is level 1). Real codebooks rarely go
 * past five; the limit exists so a hostile or damaged file cannot make a chain thousands deep
 * that every tree view, menu and export then has to walk.
 */
export const MAX_CODE_DEPTH = 100;

/** The part of a code that parent chains are made of. */
export interface ParentLink {
  id: string;
  parentId: string | null;
}

/** What walking every parent chain once found. */
export interface ParentChains {
  /**
   * Each code's level (1 at the top). A code whose parent is missing counts as top-level, as the
   * codebook panel shows it. Codes on a cycle, or below one, have no level.
   */
  levels: Map<string, number>;
  /** Each parent cycle once, its codes in parent order starting from the one earliest in the list. */
  cycles: string[][];
}

/**
 * Walks every code's parent chain in linear time: each code is visited once, its level found from
 * its parent's, and cycles are found when a walk meets itself. Iterative, so a chain of any length
 * is safe. With duplicate ids the first code of an id is the one that counts.
 */
export function walkParentChains(codes: readonly ParentLink[]): ParentChains {
  const parentOf = new Map<string, string | null>();
  const position = new Map<string, number>();
  codes.forEach((c, i) => {
    if (!parentOf.has(c.id)) {
      parentOf.set(c.id, c.parentId);
      position.set(c.id, i);
    }
  });
  const levels = new Map<string, number>();
  const cycles: string[][] = [];
  /** Codes already walked: their level is known, or they are on or below a cycle. */
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    if (done.has(start)) continue;
    // Climb until a walked code, the top, a missing parent, or this walk itself.
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | null = start;
    let base = 0; // level of the code above the path's last one
    let cyclic = false;
    while (at !== null) {
      if (done.has(at)) {
        const known = levels.get(at);
        if (known === undefined) cyclic = true;
        else base = known;
        break;
      }
      const seenAt = onPath.get(at);
      if (seenAt !== undefined) {
        cycles.push(rotateToFirst(path.slice(seenAt), position));
        cyclic = true;
        break;
      }
      if (!parentOf.has(at)) break; // a missing parent: the path's last code is top-level
      onPath.set(at, path.length);
      path.push(at);
      at = parentOf.get(at) ?? null;
    }
    for (let k = path.length - 1; k >= 0; k--) {
      const id = path[k] as string;
      done.add(id);
      if (!cyclic) levels.set(id, base + (path.length - k));
    }
  }
  return { levels, cycles };
}

/** A cycle listed from its code that comes first in the file, keeping parent order. */
function rotateToFirst(cycle: string[], position: ReadonlyMap<string, number>): string[] {
  let best = 0;
  cycle.forEach((id, k) => {
    if ((position.get(id) ?? 0) < (position.get(cycle[best] as string) ?? 0)) best = k;
  });
  return [...cycle.slice(best), ...cycle.slice(0, best)];
}
