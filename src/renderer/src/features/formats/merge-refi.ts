import type { AlignedImport } from '../../../../core/formats/align/align-to-project';
import { describeAlignment } from '../../../../core/formats/align/describe-alignment';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Id } from '../../../../core/model/types';
import { previewAndMergeSnapshot, type MergeHost } from '../merge';
import { notice } from '../../state/notices';
import type { Workbench } from '../../state/workbench';

/**
 * Imports a REFI-QDA project into the open project through the merge. Ids mean nothing across
 * tools, so the file is first matched by content (`alignToProject`: documents by normalized
 * text, codes by path, coders by name, codings the project already has left out) to whichever
 * project the merge goes into: the open one at first, and again to any other the user picks in
 * the preview, each read and matched in the exchange worker (not the open project's state, and
 * never the target's records on the UI thread). The preview shows what is new and lets the user proceed or cancel; choosing "a new
 * project" there imports the file as one instead.
 */
export async function mergeRefiIntoOpenProject(
  workbench: MergeHost & Pick<Workbench, 'notify'>,
  fileName: string,
  snapshot: ProjectSnapshot,
  /** Imports the file as a new project instead (the worker's staged write; see import-refi-project). */
  asNewProject: () => Promise<unknown>,
): Promise<void> {
  const projectId = workbench.state.projectId;
  if (!projectId) throw new Error('Open a project to import into.');
  const alignments = new Map<Id, Promise<AlignedImport>>();
  const alignedTo = (target: Id): Promise<AlignedImport> => {
    let found = alignments.get(target);
    if (!found) {
      // Matched in the exchange worker, which reads the target project itself.
      found = workbench.platform.exchange.alignToStored(target, snapshot, workbench.storage);
      alignments.set(target, found);
      found.catch(() => alignments.delete(target)); // a failed read may be tried again
    }
    return found;
  };
  await alignedTo(projectId); // the open project must be readable before anything is asked
  const outcome = await previewAndMergeSnapshot(workbench, fileName, snapshot, {
    projectId,
    fileName,
    incomingFor: async (target) => (await alignedTo(target)).incoming,
  });
  if (outcome.status === 'new-project') {
    await asNewProject();
  } else if (outcome.projectId) {
    const { report } = await alignedTo(outcome.projectId);
    workbench.notify(notice('info', `${fileName}: ${describeAlignment(report)}`));
  }
}
