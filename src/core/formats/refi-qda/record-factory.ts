import type { Coder, Id, Stamped, Timestamp } from '../../model/types';
import { derivedGuid } from './guid';
import type { QdeProject, QdeStamps } from './qde-model';
import { joinMemos, toTimestamp } from './record-values';

/** Who-and-when fields of a record as an import makes them. */
export type ImportStamps = Omit<Stamped, 'id' | 'rev' | 'revs'>;

/**
 * What every part of a REFI-QDA import shares while it makes records: coders (users, plus one
 * for any GUID a record names that is not a user), stamps, memos from notes (remembering which
 * notes were used), and ids that stay unique even when a file repeats a GUID.
 */
export interface RecordFactory {
  coders: Map<Id, Coder>;
  /** The coder for a user GUID (the project's creator, or an "Imported" coder, when absent). */
  coderOf(guid: string | undefined): Id;
  stampsOf(s: QdeStamps, fallbackTime?: Timestamp): ImportStamps;
  /** A memo from a description and referenced notes. */
  memoOf(description: string, noteRefs: readonly string[]): string;
  /** Notes some record referenced so far. */
  referencedNotes: Set<string>;
  /** The GUID as an id, or a derived one if it is taken (or a new one if it is empty). */
  uniqueId(guid: string): Id;
}

/** Makes the factory for one import. */
export function recordFactory(qde: QdeProject, now: Timestamp, newId: () => Id): RecordFactory {
  const notes = new Map(qde.notes.map((n) => [n.guid, n.text]));
  const referencedNotes = new Set<string>();
  const coders = new Map<Id, Coder>();
  const projectCreated = toTimestamp(qde.creationDateTime, now);
  for (const u of qde.users) {
    if (!coders.has(u.guid))
      coders.set(u.guid, { id: u.guid, name: u.name, createdAt: projectCreated });
  }
  let fallback: Id | null = null;
  const defaultCoder = (): Id => {
    if (qde.creatingUser && coders.has(qde.creatingUser)) return qde.creatingUser;
    const first = coders.keys().next();
    if (!first.done) return first.value;
    fallback ??= newId();
    const name = qde.origin ? `Imported from ${qde.origin}` : 'Imported';
    coders.set(fallback, { id: fallback, name, createdAt: projectCreated });
    return fallback;
  };
  const coderOf = (guid: string | undefined): Id => {
    if (!guid) return defaultCoder();
    if (!coders.has(guid)) {
      coders.set(guid, {
        id: guid,
        name: `Unknown coder ${guid.slice(0, 8)}`,
        createdAt: projectCreated,
      });
    }
    return guid;
  };
  const usedIds = new Set<string>();
  return {
    coders,
    coderOf,
    referencedNotes,
    stampsOf(s, fallbackTime = projectCreated) {
      const createdBy = coderOf(s.creatingUser);
      const createdAt = toTimestamp(s.creationDateTime, fallbackTime);
      return {
        createdBy,
        createdAt,
        updatedBy: s.modifyingUser ? coderOf(s.modifyingUser) : createdBy,
        updatedAt: toTimestamp(s.modifiedDateTime, createdAt),
        deleted: false,
      };
    },
    memoOf(description, refs) {
      refs.forEach((r) => referencedNotes.add(r));
      return joinMemos([description, ...refs.map((r) => notes.get(r) ?? '')]);
    },
    uniqueId(guid) {
      let id = guid || newId();
      for (let n = 1; usedIds.has(id); n++) id = derivedGuid(`${guid}#${n}`);
      usedIds.add(id);
      return id;
    },
  };
}
