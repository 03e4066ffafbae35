import type { Code } from '../model/types';
import { buildTree, type CodeNode } from './code-tree';

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
  const filter = (nodes: CodeNode[]): FilteredCodeNode[] => {
    const out: FilteredCodeNode[] = [];
    for (const node of nodes) {
      const matched = q !== '' && foldForSearch(node.code.name).includes(q);
      const children = filter(node.children);
      if (q === '' || matched || children.length > 0) out.push({ ...node, matched, children });
    }
    return out;
  };
  return filter(buildTree(codes));
}
