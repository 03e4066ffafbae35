import { alignToProject } from '../../../../core/formats/align/align-to-project';
import { describeAlignment } from '../../../../core/formats/align/describe-alignment';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import { importSnapshotAsProject } from '../exchange/import-project';
import { previewAndMergeSnapshot, type MergeHost } from '../merge';
import { notice } from '../../state/notices';
import type { Workbench } from '../../state/workbench';

/**
 * Imports a REFI-QDA project into the open project through the merge. Ids mean nothing across
 * tools, so the file is first matched to the open project by content (`alignToProject`:
 * documents by normalized text, codes by path, coders by name, codings the project already has
 * left out); then the merge's preview shows what is new and lets the user proceed or cancel.
 * Choosing "a new project" there imports the file as one instead.
 */
export async function mergeRefiIntoOpenProject(
  workbench: MergeHost & Parameters<typeof importSnapshotAsProject>[0] & Pick<Workbench, 'notify'>,
  fileName: string,
  snapshot: ProjectSnapshot,
): Promise<void> {
  const projectId = workbench.state.projectId;
  if (!projectId) throw new Error('Open a project to import into.');
  const local = await workbench.storage.readSnapshot(projectId);
  if (!local) throw new Error('The open project could not be read.');
  const aligned = alignToProject(local, snapshot);
  workbench.notify(notice('info', `${fileName}: ${describeAlignment(aligned.report)}`));
  const outcome = await previewAndMergeSnapshot(workbench, fileName, aligned.incoming, {
    projectId,
    fileName,
  });
  if (outcome.status === 'new-project') {
    await importSnapshotAsProject(workbench, snapshot, fileName);
  }
}
