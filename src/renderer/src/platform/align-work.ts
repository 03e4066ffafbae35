import { alignToProject, type AlignedImport } from '../../../core/formats/align/align-to-project';
import type { ProjectSnapshot } from '../../../core/model/snapshot';
import type { Id } from '../../../core/model/types';
import type { SnapshotSource } from './exchange-work';

/**
 * A file made by another tool (REFI-QDA), matched by content to a stored project
 * (`alignToProject`: documents by text, codes by path, coders by name), reading the project where
 * it runs: in the exchange worker, so the 100,000 annotations of the project it goes into are
 * never read or compared on the UI thread.
 */
export async function alignToStoredProject(
  source: SnapshotSource,
  projectId: Id,
  incoming: ProjectSnapshot,
): Promise<AlignedImport> {
  const local = await source.readSnapshot(projectId);
  if (!local) throw new Error('The project to import into could not be read.');
  return alignToProject(local, incoming);
}
