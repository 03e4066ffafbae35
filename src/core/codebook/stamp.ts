import type { Id, Stamped, Timestamp } from '../model/types';

/** A changed copy of a record, stamped with who changed it and when (merges need both). */
export function touched<T extends Stamped>(
  record: T,
  changes: Partial<T>,
  coder: Id,
  now: Timestamp,
): T {
  return { ...record, ...changes, updatedBy: coder, updatedAt: now };
}
