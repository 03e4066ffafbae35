import { uuidv7 } from 'uuidv7';

/**
 * A new record identifier (UUIDv7). Generated on the client so records can be made offline and
 * merged later; v7 ids sort by creation time, which keeps IndexedDB keys roughly append-only.
 */
export function newId(): string {
  return uuidv7();
}

/**
 * The current time as an ISO 8601 UTC timestamp, the format every record's `createdAt` and
 * `updatedAt` use. Pure code takes `now` as an argument; only callers at the edge call this.
 */
export function nowIso(): string {
  return new Date().toISOString();
}
