import type { ImportProblem } from '../../../../core/exchange';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import { foreignProjectProblem } from '../../../../core/team-folder/foreign-project';
import type { TeammateStatus } from '../../../../core/team-folder/teammate-status';
import { exchangeSnapshot, exchangeText } from '../../platform/exchange-work';
import { notice } from '../../state/notices';
import { carriedWords, type CarriedCounts } from '../merge/carry-incoming';
import { previewAndMergeSnapshot } from '../merge/merge-exchange';
import type { MergeRequestOptions } from '../merge/merge-outcome';
import type { Workbench } from '../../state/workbench';
import type { TeamFolderHost } from './team-folder-host';

/**
 * Merging a teammate's project into one of this profile's without asking (the merge feature's
 * `previewAndMergeSnapshot(host, sourceName, snapshot, { projectId, fileName, interactive:
 * false, carryChangedTexts: true })`): what it came to, with the annotations carried onto this
 * profile's copies of documents whose text differs (`carried`, as the merge outcome has it).
 */
export type MergeSnapshotQuietly = (
  sourceName: string,
  snapshot: ProjectSnapshot,
  projectId: string,
  fileName: string,
) => Promise<{
  status: string;
  summary: string;
  problems: string[];
  carried?: CarriedCounts;
}>;

/**
 * How the team folder merges a teammate's file: without asking, outside the undo history, and
 * carrying their annotations onto this profile's copies of documents whose text differs, as
 * the preview does by default (orphans go to the document's orphans list). `options` picks
 * where the work runs (tests pass in-thread runners).
 */
export function quietMergeOf(
  workbench: Workbench,
  options: Pick<MergeRequestOptions, 'runner' | 'reanchor'> = {},
): MergeSnapshotQuietly {
  return (sourceName, snapshot, projectId, fileName) =>
    previewAndMergeSnapshot(workbench, sourceName, snapshot, {
      projectId,
      fileName,
      interactive: false,
      carryChangedTexts: true,
      ...options,
    });
}

/** The first problems of an invalid file in one sentence, located. */
function describeProblems(problems: ImportProblem[]): string {
  const first = problems
    .slice(0, 3)
    .map((p) => `${p.path || '(file)'}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}`);
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return `it is not a valid Marginalia file: ${first.join('; ')}${more}`;
}

/** Where a project's teammate status lines are kept in the profile's settings. */
const statusKey = (projectId: string) => `teamFolderStatus:${projectId}`;

/** The status lines read back from the settings, keeping only well-formed ones. */
function savedStatuses(value: unknown): TeammateStatus[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (s): s is TeammateStatus =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as TeammateStatus).fileName === 'string' &&
      typeof (s as TeammateStatus).coderName === 'string',
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The team folder's host over the workbench: the own file exported in the worker; a teammate's
 * file read and checked in the worker, refused when it is invalid or of an unrelated project,
 * then merged without a preview.
 */
export function workbenchTeamHost(
  workbench: Pick<Workbench, 'state' | 'storage' | 'platform' | 'notify'>,
  mergeSnapshot: MergeSnapshotQuietly,
): TeamFolderHost {
  return {
    coder: () => workbench.state.coder,
    async exportOwnFile(projectId) {
      const coder = workbench.state.coder;
      if (!coder) throw new Error('Enter your name first: your team file records who made it.');
      // The worker reads the project from the database itself: nothing large on the UI thread.
      const file = await workbench.platform.exchange.exportProject(
        {
          projectId,
          exportedBy: { coderId: coder.id, name: coder.name },
          options: { includeTexts: true },
          now: new Date().toISOString(),
        },
        workbench.storage,
      );
      // The worker hands a Blob over (a handle); the team folder writes text.
      return exchangeText(file);
    },
    async mergeTeammateFile(projectId, fileName, text) {
      try {
        const read = await workbench.platform.exchange.readExchange(fileName, text);
        if (!read.ok) return { ok: false, problem: describeProblems(read.problems) };
        const { data } = read;
        const project = workbench.state.projects.find((p) => p.id === projectId);
        const local = (await workbench.storage.listDocuments(projectId)).filter((d) => !d.deleted);
        const foreign = foreignProjectProblem(
          {
            id: data.project.id,
            name: data.project.name,
            contentHashes: data.documents.filter((d) => !d.deleted).map((d) => d.contentHash),
          },
          {
            id: projectId,
            name: project?.name ?? 'this project',
            contentHashes: local.map((d) => d.contentHash),
          },
        );
        if (foreign) return { ok: false, problem: foreign };
        const name = data.exportedBy?.name.trim();
        const outcome = await mergeSnapshot(
          name ? `${name}'s file` : fileName,
          exchangeSnapshot(data),
          projectId,
          fileName,
        );
        if (outcome.status === 'refused')
          return { ok: false, problem: outcome.problems.join(' ') || 'it could not be merged' };
        if (outcome.status === 'cancelled')
          return { ok: false, problem: 'the merge was cancelled', retry: true };
        return {
          ok: true,
          coderName: name || undefined,
          brought: [outcome.summary, outcome.carried ? carriedWords(outcome.carried) : '']
            .filter(Boolean)
            .join('; '),
          nothingNew: outcome.status === 'unchanged',
        };
      } catch (error) {
        // The file read fine or was never judged: a passing failure, tried again later.
        return { ok: false, problem: message(error), retry: true };
      }
    },
    loadStatuses: async (projectId) =>
      savedStatuses(await workbench.storage.getSetting(statusKey(projectId))),
    saveStatuses: (projectId, statuses) =>
      workbench.storage.setSetting(statusKey(projectId), statuses),
    report: (kind, title, lines) => workbench.notify(notice(kind, title, lines)),
  };
}
