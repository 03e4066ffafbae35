import type Dexie from 'dexie';
import type { SchemaVersion } from './migrations/schema-version';
import { schemaV1 } from './migrations/v1-initial';
import { schemaV2 } from './migrations/v2-split-document-texts';
import { schemaV3 } from './migrations/v3-records-by-project';
import { schemaV4 } from './migrations/v4-merge-conflicts';
import { schemaV5 } from './migrations/v5-orphans';
import { schemaV6 } from './migrations/v6-annotation-columns';
import { schemaV7 } from './migrations/v7-annotation-pages';
import { schemaV8 } from './migrations/v8-history-steps';

/**
 * Every schema version ever released, oldest first. To change the schema, append a version with
 * its migration in `migrations/` and a test that opens a database written by the previous one;
 * never edit a released version.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
  schemaV8,
];

/** The version a database is upgraded to when opened. */
export const CURRENT_SCHEMA_VERSION: number =
  SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;

/** Declares the schema versions up to `upTo` (default: all) on a Dexie instance before it opens. */
export function declareSchema(db: Dexie, upTo: number = CURRENT_SCHEMA_VERSION): void {
  for (const schema of SCHEMA_VERSIONS) {
    if (schema.version > upTo) break;
    const version = db.version(schema.version).stores(schema.stores);
    if (schema.upgrade) version.upgrade(schema.upgrade);
  }
}
