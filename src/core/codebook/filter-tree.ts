import type { Code } from '../model/types';
import { buildTree, preorder, type CodeNode } from './code-tree';

/** A node of a filtered codebook: `matched` says whether it matched or is only an ancestor. */
export interface FilteredCodeNode extends CodeNode {
  matched: boolean;
  children: FilteredCodeNode[];
}

/** Lower-case without accents, so "cafe" finds "Café" and "ÉTAT" finds "état". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und');
}

/**
 * The codebook tree narrowed to codes whose name contains `query` (case- and accent-insensitive),
 * with their ancestors kept so each match is shown in place. An empty query keeps every code,
 * none marked as matched.
 */
export function filterTree(codes: readonly Code[], query: string): FilteredCodeNode[] {
  const q = foldForSearch(query.trim());
  const roots = buildTree(codes);
  // Children before parents (reverse pre-order), without recursion: trees may be deep.
  const kept = new Map<CodeNode, FilteredCodeNode>();
  const all = preorder(roots);
  for (let i = all.length - 1; i >= 0; i--) {
    const node = all[i] as CodeNode;
    const matched = q !== '' && foldForSearch(node.code.name).includes(q);
    const children = node.children.flatMap((c) => kept.get(c) ?? []);
    if (q === '' || matched || children.length > 0) kept.set(node, { ...node, matched, children });
  }
  return roots.flatMap((r) => kept.get(r) ?? []);
}
