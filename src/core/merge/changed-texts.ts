import type { ProjectSnapshot, SnapshotDocument } from '../model/snapshot';
import { nameKey } from './name-key';

/** What pairing a document needs of it: never its text. */
export type TextIdentity = Pick<SnapshotDocument, 'id' | 'name' | 'contentHash' | 'deleted'>;

/** A local document and an incoming one that seem to be two versions of the same text. */
export interface ChangedText<Local extends TextIdentity = SnapshotDocument> {
  local: Local;
  incoming: SnapshotDocument;
  /** Why they are paired: the same id with another text, or the same name. */
  by: 'id' | 'name';
}

/**
 * Incoming documents whose text differs from the local document they correspond to (same id,
 * or same name, case- and whitespace-insensitively, with no document of the same text on
 * either side): the candidates for re-anchoring their annotations onto the local text
 * (`carryAnnotations`), which the merge itself does not do, since a document's text never
 * changes in place. Live documents only; each local document is paired at most once. Reads only
 * the documents' ids, names and content hashes (not their texts), so a caller can ask before it
 * reads a whole project.
 */
export function changedTexts<Local extends TextIdentity = SnapshotDocument>(
  local: { documents: readonly Local[] },
  incoming: Pick<ProjectSnapshot, 'documents'>,
): ChangedText<Local>[] {
  const localHashes = new Set(local.documents.map((d) => d.contentHash));
  const byId = new Map(local.documents.filter((d) => !d.deleted).map((d) => [d.id, d]));
  const byName = new Map<string, Local>();
  for (const d of [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = nameKey(d.name);
    if (!byName.has(key)) byName.set(key, d);
  }
  const incomingHashes = new Set(incoming.documents.map((d) => d.contentHash));
  const used = new Set<string>();
  const out: ChangedText<Local>[] = [];
  for (const d of incoming.documents) {
    if (d.deleted || localHashes.has(d.contentHash)) continue;
    const sameId = byId.get(d.id);
    const sameName = byName.get(nameKey(d.name));
    const target =
      sameId ?? (sameName && !incomingHashes.has(sameName.contentHash) ? sameName : undefined);
    if (!target || used.has(target.id)) continue;
    used.add(target.id);
    out.push({ local: target, incoming: d, by: sameId ? 'id' : 'name' });
  }
  return out;
}
