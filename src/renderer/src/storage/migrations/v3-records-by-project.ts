import type { Transaction } from 'dexie';
import type { SchemaVersion } from './schema-version';
import { schemaV2 } from './v2-split-document-texts';

/** Rows copied per step of the upgrade, so a large project is never all in memory at once. */
const UPGRADE_CHUNK = 500;

/** Version 2's tables and the version 3 tables their rows move to. */
const MOVES = [
  ['documents', 'projectDocuments'],
  ['codes', 'projectCodes'],
  ['annotations', 'projectAnnotations'],
] as const;

/**
 * Copies every row of a version 2 table into its version 3 table, a chunk at a time. Records
 * already carry their `projectId`; document bodies get theirs from their document.
 */
async function copyTable(tx: Transaction, from: string, to: string): Promise<void> {
  const source = tx.table<Record<string, unknown>, string>(from);
  const target = tx.table(to);
  const ids = await source.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += UPGRADE_CHUNK) {
    const rows = await source.bulkGet(ids.slice(i, i + UPGRADE_CHUNK));
    await target.bulkPut(rows.filter((r) => r !== undefined));
  }
}

/** Moves every record into the tables keyed by project, then bodies with their project id. */
export async function moveRecordsByProject(tx: Transaction): Promise<void> {
  for (const [from, to] of MOVES) await copyTable(tx, from, to);
  const projectOf = new Map<string, string>();
  await tx
    .table<{ id: string; projectId: string }, string>('documents')
    .each((d) => projectOf.set(d.id, d.projectId));
  const texts = tx.table<Record<string, unknown> & { id: string }, string>('documentTexts');
  const ids = await texts.toCollection().primaryKeys();
  for (let i = 0; i < ids.length; i += UPGRADE_CHUNK) {
    const rows = await texts.bulkGet(ids.slice(i, i + UPGRADE_CHUNK));
    const bodies = rows.flatMap((row) => {
      const projectId = row && projectOf.get(row.id);
      // A body without its document (impossible through the app) has no project to go to.
      return row && projectId ? [{ ...row, projectId }] : [];
    });
    await tx.table('projectTexts').bulkPut(bodies);
  }
}

/**
 * Schema version 3: documents, bodies, codes and annotations are keyed by `[projectId+id]`, so
 * the same record id can live in several projects of one profile (a teammate's copy of the
 * sample project shares the starter codebook's ids; a backup restored beside the original).
 * IndexedDB cannot change a table's primary key, so the records move to new tables and the old
 * ones are dropped. Also new: `purged` (contentless tombstones of purged records), `history`
 * (each project's undo history, so it survives a reload) and a multi-entry index on the codes of
 * annotations, so purging or merging a code reads only the annotations that carry it.
 */
export const schemaV3: SchemaVersion = {
  version: 3,
  stores: {
    ...schemaV2.stores,
    documents: null,
    documentTexts: null,
    codes: null,
    annotations: null,
    projectDocuments: '[projectId+id], projectId, [projectId+contentHash]',
    projectTexts: '[projectId+id]',
    projectCodes: '[projectId+id], projectId',
    projectAnnotations: '[projectId+id], projectId, [projectId+documentId], *codeIds',
    purged: '[projectId+kind+id], projectId',
    history: 'projectId',
  },
  upgrade: moveRecordsByProject,
};
