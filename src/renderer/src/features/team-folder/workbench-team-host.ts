import { coderTag, tagOfTeamFile } from '../../../../core/team-folder/team-file-name';
import { notice } from '../../state/notices';
import type { Workbench } from '../../state/workbench';
import type { TeamFolderHost } from './team-folder-host';

/**
 * Merging one exchange file into a project without asking (the merge feature's
 * `mergeExchangeText(host, fileName, text, { projectId, interactive: false })`): what it came to.
 */
export type MergeFileQuietly = (
  fileName: string,
  text: string,
  projectId: string,
) => Promise<{ status: string; summary: string; problems: string[] }>;

/** The team folder's host over the workbench: export through the worker, merge, notices. */
export function workbenchTeamHost(
  workbench: Pick<Workbench, 'state' | 'storage' | 'platform' | 'notify'>,
  mergeFile: MergeFileQuietly,
): TeamFolderHost {
  return {
    coder: () => workbench.state.coder,
    async exportOwnFile(projectId) {
      const coder = workbench.state.coder;
      if (!coder) throw new Error('Enter your name first: your team file records who made it.');
      // The worker reads the project from the database itself: nothing large on the UI thread.
      return workbench.platform.exchange.exportProject(
        {
          projectId,
          exportedBy: { coderId: coder.id, name: coder.name },
          options: { includeTexts: true },
          now: new Date().toISOString(),
        },
        workbench.storage,
      );
    },
    async mergeTeammateFile(projectId, fileName, text) {
      let outcome: Awaited<ReturnType<MergeFileQuietly>>;
      try {
        outcome = await mergeFile(fileName, text, projectId);
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        return { ok: false, problem, retry: true };
      }
      if (outcome.status === 'cancelled') {
        return { ok: false, problem: 'the merge was cancelled', retry: true };
      }
      if (outcome.status === 'refused') {
        return { ok: false, problem: outcome.problems.join(' ') || 'it could not be merged' };
      }
      // The teammate's name as their file recorded it (coders are kept once merged).
      const tag = tagOfTeamFile(fileName);
      const coders = await workbench.storage.listCoders().catch(() => []);
      const coder = coders.find((c) => tag !== null && coderTag(c.id) === tag);
      return { ok: true, coderName: coder?.name, brought: outcome.summary };
    },
    report: (kind, title, lines) => workbench.notify(notice(kind, title, lines)),
  };
}
