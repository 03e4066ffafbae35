import type { Id, Stamped, Timestamp } from './types';

/** A changed copy of a record, stamped with who changed it and when (merges need both). */
export function touched<T extends Stamped>(
  record: T,
  changes: Partial<T>,
  coder: Id,
  now: Timestamp,
): T {
  return { ...record, ...changes, updatedBy: coder, updatedAt: now };
}

/** The stamp of a record made now by `coder`: created and last changed by them, not deleted. */
export function created(coder: Id, now: Timestamp): Omit<Stamped, 'id'> {
  return { createdBy: coder, createdAt: now, updatedBy: coder, updatedAt: now, deleted: false };
}
