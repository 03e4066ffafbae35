import type { ChangedTable } from './announcement';
import type { LocalChange } from './tab-sync';

/**
 * The shape of an applied change set that tab sync reads: structurally the change layer's
 * `ChangeSet` (src/core/changes), kept minimal so this module does not depend on the rest of it.
 */
export interface AppliedChangeSetLike {
  projectId: string;
  changes: readonly {
    kind: 'project' | 'document' | 'code' | 'annotation';
    before: { id: string; documentId?: string } | null;
    after: { id: string; documentId?: string } | null;
  }[];
  purged?: readonly { kind: string; id: string }[];
}

const TABLE: Record<AppliedChangeSetLike['changes'][number]['kind'], ChangedTable> = {
  project: 'projects',
  document: 'documents',
  code: 'codes',
  annotation: 'annotations',
};

/**
 * What to tell the other tabs about one applied change set: one announcement per table it
 * touched, with the changed ids and, for annotations, the documents they are on (so a tab
 * reloads annotations only when it has one of those documents open).
 */
export function announcementsFor(set: AppliedChangeSetLike): LocalChange[] {
  const byTable = new Map<ChangedTable, { ids: Set<string>; documentIds: Set<string> }>();
  const entry = (table: ChangedTable) => {
    let found = byTable.get(table);
    if (!found) byTable.set(table, (found = { ids: new Set(), documentIds: new Set() }));
    return found;
  };
  for (const change of set.changes) {
    const record = change.after ?? change.before;
    if (!record) continue;
    const target = entry(TABLE[change.kind]);
    target.ids.add(record.id);
    if (change.kind === 'annotation' && record.documentId)
      target.documentIds.add(record.documentId);
  }
  for (const purged of set.purged ?? []) {
    const table = TABLE[purged.kind as keyof typeof TABLE];
    if (!table) continue;
    entry(table).ids.add(purged.id);
    // A purged annotation's document is not known here: every tab reloads its open document.
    if (table === 'annotations') entry(table).documentIds.add('*');
  }
  return [...byTable].map(([table, { ids, documentIds }]) => ({
    projectId: set.projectId,
    table,
    ids: [...ids],
    documentIds: [...documentIds],
  }));
}
