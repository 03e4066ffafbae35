import type { ProjectSnapshot } from '../../../core/model/snapshot';
import type { LongWriteOptions } from '../../../core/repository/repository';
import type { ImportExchangeResult, ImportTarget } from './exchange-work';

/** A project landed whole: its row and how many live records came in. */
export type LandedProject = Extract<ImportExchangeResult, { kind: 'imported' }>;

/**
 * Writes a snapshot with ids of its own (a REFI-QDA file read with fresh ids, a backup copied
 * with fresh ids) as a new project through the staged write: in short transactions under a
 * marker, landing whole or not at all, with progress; cancelled, it erases what it wrote before
 * it rethrows (see storage/staged-import).
 */
export async function landNewProject(
  snapshot: ProjectSnapshot,
  target: Pick<ImportTarget, 'writeProjectStaged'>,
  options: LongWriteOptions = {},
): Promise<LandedProject> {
  await target.writeProjectStaged(snapshot, options);
  const live = <T extends { deleted: boolean }>(list: readonly T[]) =>
    list.filter((r) => !r.deleted).length;
  return {
    kind: 'imported',
    project: snapshot.project,
    live: {
      documents: live(snapshot.documents),
      codes: live(snapshot.codes),
      annotations: live(snapshot.annotations),
    },
  };
}
