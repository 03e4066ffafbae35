import type { Code, Id } from '../model/types';
import { withCyclesCut } from './parent-cycles';
import { compareSiblings } from './sibling-order';

export { compareSiblings } from './sibling-order';

/** A code with its children, as the codebook panel shows it. */
export interface CodeNode {
  code: Code;
  children: CodeNode[];
  /** 0 at the top level. */
  depth: number;
}

/**
 * The codebook as a tree of live codes, siblings in `compareSiblings` order. Tombstoned codes are
 * left out. A live code whose parent is missing or tombstoned is shown at the top level rather
 * than hidden, and a parent cycle (kept by a merge of two concurrent moves, see
 * `combineSnapshots`, or from damaged data) is broken where `parentCycles` cuts it: its code
 * that sorts first is shown at the top level, so every live code appears exactly once.
 */
export function buildTree(codes: readonly Code[]): CodeNode[] {
  const live = codes.filter((c) => !c.deleted);
  const liveIds = new Set(live.map((c) => c.id));
  const links = live.map((c) => ({
    id: c.id,
    name: c.name,
    order: c.order,
    parentId: c.parentId !== null && liveIds.has(c.parentId) ? c.parentId : null,
  }));
  // Where each code is shown (the nodes keep the records themselves, parents as stored).
  const shownUnder = withCyclesCut(links).map((l) => l.parentId);
  const children = new Map<Id | null, Code[]>();
  for (const [i, c] of live.entries()) {
    const parent = shownUnder[i] ?? null;
    const list = children.get(parent) ?? [];
    list.push(c);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort(compareSiblings);

  const placed = new Set<Id>();
  // Iterative (an explicit stack), so a chain thousands deep cannot overflow the call stack.
  const grow = (root: Code): CodeNode => {
    placed.add(root.id);
    const top: CodeNode = { code: root, depth: 0, children: [] };
    const stack = [top];
    for (let node = stack.pop(); node; node = stack.pop()) {
      const kids = (children.get(node.code.id) ?? []).filter((k) => !placed.has(k.id));
      for (const k of kids) placed.add(k.id);
      const depth = node.depth + 1;
      node.children = kids.map((k) => ({ code: k, depth, children: [] }));
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as CodeNode);
    }
    return top;
  };
  const roots = (children.get(null) ?? []).map((c) => grow(c));
  // With cycles cut every code is reachable; this only guards against a duplicate id.
  for (const c of [...live].sort(compareSiblings)) {
    if (!placed.has(c.id)) roots.push(grow(c));
  }
  return roots;
}

/** Every node of a forest in depth-first pre-order (a parent before its children), iteratively. */
export function preorder<T extends { children: readonly T[] }>(roots: readonly T[]): T[] {
  const out: T[] = [];
  const stack = [...roots].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as T);
  }
  return out;
}

/** The live codes in tree order (depth first), as the codebook panel lists them. */
export function treeOrder(codes: readonly Code[]): Code[] {
  return preorder(buildTree(codes)).map((n) => n.code);
}

/**
 * A code's full name, "Parent / Child / Grandchild", for menus, exports and merge dialogs.
 * Null when the id is unknown. Tombstoned ancestors still name the path.
 */
export function codePath(codes: readonly Code[], id: Id, separator = ' / '): string | null {
  const chain = ancestorChain(codes, id);
  return chain.length
    ? chain
        .map((c) => c.name)
        .reverse()
        .join(separator)
    : null;
}

/**
 * A code and its ancestors, nearest first, following parents (tombstoned ones too: they can be
 * restored). Empty for an unknown id; a cycle (damaged data, or concurrent moves merged) ends
 * where it closes.
 */
export function ancestorChain(codes: readonly Code[], id: Id): Code[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const chain: Code[] = [];
  const seen = new Set<Id>();
  for (
    let c = byId.get(id);
    c && !seen.has(c.id);
    c = c.parentId ? byId.get(c.parentId) : undefined
  ) {
    seen.add(c.id);
    chain.push(c);
  }
  return chain;
}

/** Ids of a code's descendants (not itself), tombstoned ones included. */
export function descendantIds(codes: readonly Code[], id: Id): Set<Id> {
  const kids = new Map<Id, Id[]>();
  for (const c of codes) {
    if (c.parentId === null) continue;
    const list = kids.get(c.parentId);
    if (list) list.push(c.id);
    else kids.set(c.parentId, [c.id]);
  }
  const out = new Set<Id>();
  const stack = [...(kids.get(id) ?? [])];
  while (stack.length) {
    const next = stack.pop() as Id;
    if (out.has(next) || next === id) continue;
    out.add(next);
    for (const kid of kids.get(next) ?? []) stack.push(kid);
  }
  return out;
}
