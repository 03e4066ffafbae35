import type { SchemaVersion } from './schema-version';
import { schemaV3 } from './v3-records-by-project';

/**
 * Schema version 4: a `conflicts` table for each project's unresolved merge conflicts (the
 * losing versions of records two coders edited concurrently), so they survive a reload and
 * travel in exports until someone resolves them. One row per conflict, keyed by project and
 * `conflictKey` (kind, record id, version id); see `ConflictRow`. Nothing existing moves, so
 * there is no upgrade step: a version 3 database opens with every record as it was.
 */
export const schemaV4: SchemaVersion = {
  version: 4,
  stores: {
    ...schemaV3.stores,
    conflicts: '[projectId+key], projectId',
  },
};
