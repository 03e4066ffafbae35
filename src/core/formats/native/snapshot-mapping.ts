import type { ExchangeFile } from '../../exchange';
import type { ProjectSnapshot } from '../../model/snapshot';

/**
 * A validated native exchange file as a snapshot: the same records, minus the envelope
 * (`format`, `version`, `exportedAt`, `exportedBy`). Conflicts are kept when there are any.
 */
export function snapshotFromExchange(file: ExchangeFile): ProjectSnapshot {
  const snapshot: ProjectSnapshot = {
    project: file.project,
    coders: file.coders,
    documents: file.documents,
    codes: file.codes,
    annotations: file.annotations,
    purged: file.purged,
  };
  if (file.conflicts.length > 0) snapshot.conflicts = file.conflicts;
  return snapshot;
}

/**
 * Who a file written from a snapshot says exported it: the project's last editor, by name when
 * that coder is known (the CLI has no signed-in coder of its own).
 */
export function exporterOf(snapshot: ProjectSnapshot): { coderId: string; name: string } {
  const coderId = snapshot.project.updatedBy;
  const coder = snapshot.coders.find((c) => c.id === coderId);
  return { coderId, name: coder?.name ?? 'marginalia' };
}
