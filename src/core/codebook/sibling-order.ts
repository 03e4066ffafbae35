/** The fields of a code that decide where it sits among its siblings. */
export interface SiblingKey {
  id: string;
  name: string;
  order: number;
}

const collator = new Intl.Collator('und', { sensitivity: 'base', numeric: true });

/** Sibling order: `order`, then name (locale-independent, numbers in numeric order), then id. */
export function compareSiblings(a: SiblingKey, b: SiblingKey): number {
  return (
    a.order - b.order ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
