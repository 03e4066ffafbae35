/** A Dexie schema declaration: table name → `'primaryKey, index, …'` (null: table deleted). */
export type StoreSpecs = Record<string, string | null>;

/**
 * Creates, in an IndexedDB upgrade, the object stores and indexes a Dexie schema declares
 * (`'[projectId+id], projectId, *codeIds'`: primary key first, then indexes; `[a+b]` compound,
 * `*` multi-entry, `&` unique, `++` auto-increment), so a raw baseline writes into the same
 * structure as the product.
 */
export function createRawStores(db: IDBDatabase, stores: StoreSpecs): void {
  const keyPath = (spec: string): string | string[] =>
    spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec;
  for (const [name, spec] of Object.entries(stores)) {
    if (spec === null) continue;
    const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
    const key = primary.replace(/^\+\+|^&/, '');
    const store = db.createObjectStore(name, {
      ...(key ? { keyPath: keyPath(key) } : {}),
      autoIncrement: primary.startsWith('++'),
    });
    for (const index of indexes.filter(Boolean)) {
      const bare = index.replace(/^[*&]/, '');
      store.createIndex(bare, keyPath(bare), {
        multiEntry: index.startsWith('*'),
        unique: index.startsWith('&'),
      });
    }
  }
}

/** The same tables with their primary keys only (no secondary index). */
export function primaryKeysOnly(stores: StoreSpecs): StoreSpecs {
  return Object.fromEntries(
    Object.entries(stores).map(([name, spec]) => [
      name,
      spec === null ? null : spec.split(',')[0]!,
    ]),
  );
}
