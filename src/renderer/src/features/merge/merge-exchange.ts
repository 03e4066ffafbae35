import type { ImportProblem } from '../../../../core/exchange';
import type { CodeMapping } from '../../../../core/merge';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Id } from '../../../../core/model/types';
import { exchangeSnapshot, type ReadExchangeResult } from '../../platform/exchange-work';
import { notice } from '../../state/notices';
import { reanchorRunnerOf } from '../reanchor/reanchor-runner-of';
import { applyMerge, type AppliedMerge } from './apply-merge';
import { carriedAny, carriedLine } from './carry-incoming';
import type { MergeHost } from './merge-host';
import { mergeWhat, sourceNameOf } from './merge-label';
import { outcome, type MergeOutcome, type MergeRequestOptions } from './merge-outcome';
import { mergePromptsOf, type MergeTarget } from './merge-prompts';
import { defaultMergeRunner } from './merge-runner';
import { likelyTarget, previewOf, previewOfPrepared, shouldOfferMerge } from './merge-target';
import { prepareMerge, type PreparedMerge } from './prepare-merge';

export type { MergeHost };
export type { MergeOutcome, MergeRequestOptions };
export { shouldOfferMerge };
export { carriedLine };

/** How many problems an error notice lists before summarising the rest. */
const SHOWN_PROBLEMS = 50;

/** One exchange-file problem as a line: where (JSON path, record id) and what. */
function describe(problem: ImportProblem): string {
  return `${problem.path || '(file)'}${problem.recordId ? ` [${problem.recordId}]` : ''}: ${problem.message}`;
}

/**
 * Merges a native exchange file (its text) into a project of this profile: the entry point for
 * "Import project…" on a file whose project is here, and for the team folder's teammates' files.
 *
 *   const outcome = await mergeExchangeText(workbench, 'ada.marginalia.json', text,
 *     { projectId, interactive: false });
 *   // outcome.status, outcome.summary ("3 new annotations, 1 conflict"), outcome.report
 *
 * The file is parsed and checked off the UI thread; an invalid file is refused with every
 * problem located and nothing changed. Then as `previewAndMergeSnapshot`, named after the file's
 * exporter ("Merged Ada's file: …"). Never throws for a bad file or a cancel: see the status.
 */
export async function mergeExchangeText(
  host: MergeHost,
  fileName: string,
  text: string,
  options: MergeRequestOptions = {},
): Promise<MergeOutcome> {
  const interactive = options.interactive ?? true;
  let read: ReadExchangeResult;
  try {
    read = await host.platform.exchange.readExchange(fileName, text, options.signal);
  } catch (error) {
    if (options.signal?.aborted) return cancelled(host, fileName, interactive);
    throw error;
  }
  if (!read.ok) {
    const lines = read.problems.slice(0, SHOWN_PROBLEMS).map(describe);
    if (read.problems.length > SHOWN_PROBLEMS)
      lines.push(`… and ${read.problems.length - SHOWN_PROBLEMS} more.`);
    return refused(host, fileName, lines, interactive);
  }
  return previewAndMergeSnapshot(
    host,
    sourceNameOf(fileName, read.data.exportedBy),
    exchangeSnapshot(read.data),
    { fileName, ...options },
  );
}

/**
 * Merges a project snapshot (read from a native file, a REFI-QDA project, a backup) into a
 * project of this profile: computes the merge off the UI thread, shows the preview (per kind
 * new, updated, deleted, unchanged, in conflict, purged; a mapping for each unmatched code;
 * Proceed or Cancel) unless `interactive: false`, then applies it as ONE change set (source
 * `merge`, one named, revertible history step) in one transaction. `sourceName` names it in the
 * history: "Merged <sourceName>: 312 new annotations, 4 conflicts" (e.g. "Ada's file").
 *
 * When the user picks "a new project" in the preview the status is `new-project` and nothing is
 * written: the caller imports the snapshot as a new project itself (import-project.ts does).
 */
export async function previewAndMergeSnapshot(
  host: MergeHost,
  sourceName: string,
  snapshot: ProjectSnapshot,
  options: MergeRequestOptions = {},
): Promise<MergeOutcome> {
  const interactive = options.interactive ?? true;
  const fileName = options.fileName ?? sourceName;
  const runner = options.runner ?? defaultMergeRunner();
  const live = host.state.projects.filter((p) => !p.deleted);
  const own = live.find((p) => p.id === snapshot.project.id)?.id;
  let target: Id | null = options.projectId ?? own ?? null;
  let codeMapping: CodeMapping = options.codeMapping ?? {};
  let carryOnto: Id[] | 'all' = options.carryOnto ?? (options.carryChangedTexts ? 'all' : []);
  const incomingFor = options.incomingFor ?? (async () => snapshot);
  // The merge the preview last computed: Proceed lands it when nothing changed since.
  let lastPrepared: PreparedMerge | undefined;

  if (interactive) {
    const here = host.state.projects.some((p) => p.id === snapshot.project.id);
    const targets: MergeTarget[] = live.map((p) => ({ id: p.id, name: p.name }));
    const decision = await mergePromptsOf(host).ask({
      sourceName,
      fileName,
      targets,
      initialTarget: target ?? (await likelyTarget(host, snapshot)),
      allowNewProject: options.allowNewProject ?? !here,
      preview: async (projectId, mapping, signal, choices = {}) => {
        const prepared = await prepareMerge(
          host,
          {
            projectId,
            sourceName,
            incoming: await incomingFor(projectId, signal),
            codeMapping: mapping,
            carry: {
              onto: 'all',
              except: choices.leaveBeside ?? [],
              reanchor: options.reanchor ?? reanchorRunnerOf(host),
            },
          },
          runner,
          signal,
          choices.onProgress,
        );
        lastPrepared = prepared;
        return previewOfPrepared(prepared, fileName);
      },
    });
    if (!decision) return cancelled(host, fileName, interactive);
    if (decision.action === 'new-project') return outcome('new-project');
    target = decision.projectId;
    codeMapping = decision.codeMapping;
    carryOnto = decision.carryOnto ?? [];
  }
  if (!target || !host.state.projects.some((p) => p.id === target && !p.deleted)) {
    return refused(
      host,
      fileName,
      [
        'This profile has no project to merge it into: pass the project, or import it as a new project.',
      ],
      interactive,
    );
  }
  const projectId = target;
  const land = async (signal?: AbortSignal): Promise<AppliedMerge | null> => {
    try {
      return await applyMerge(host, {
        projectId,
        sourceName,
        incoming: await incomingFor(projectId, signal),
        codeMapping,
        runner,
        signal,
        checkFile: (computed) => previewOf(computed, projectId, fileName).problems,
        ...(lastPrepared ? { prepared: lastPrepared } : {}),
        addToHistory: options.addToHistory ?? interactive,
        ...(carryOnto === 'all' || carryOnto.length > 0
          ? { carry: { onto: carryOnto, reanchor: options.reanchor ?? reanchorRunnerOf(host) } }
          : {}),
      });
    } catch (error) {
      if (!signal?.aborted) throw error;
      return null; // cancelled: nothing was written
    }
  };
  // Interactive: the status bar's Cancel stops the write too (nothing is written then).
  const box: { result: AppliedMerge | null } = { result: null };
  if (interactive && host.cancellable) {
    await host.cancellable(async (signal) => {
      box.result = await land(options.signal ? AbortSignal.any([signal, options.signal]) : signal);
    });
  } else box.result = await land(options.signal);
  const result = box.result;
  if (!result) return cancelled(host, fileName, interactive);
  if (result.problems.length > 0) return refused(host, fileName, result.problems, interactive);
  const { computed, label, undoable, carried } = result;
  const summary = mergeWhat(computed.report);
  const done = outcome(label ? 'merged' : 'unchanged', {
    projectId,
    report: computed.report,
    summary,
    label,
    changedTexts: computed.changedTexts,
    carried,
    codeCycles: computed.codeCycles,
  });
  if (interactive) {
    if (host.state.projectId !== projectId) await host.switchProject(projectId);
    const name = live.find((p) => p.id === projectId)?.name ?? 'the project';
    const lines = [summary];
    if (carriedAny(carried)) lines.push(carriedLine(carried));
    if (label && !undoable && (options.addToHistory ?? interactive))
      lines.push('It purged records, so it cannot be undone (purged records cannot come back).');
    const conflicts = Object.values(computed.report.counts).reduce((n, c) => n + c.conflict, 0);
    lines.push(...computed.codeCycles);
    if (conflicts > 0 || computed.codeCycles.length > 0)
      lines.push('Review them with the Conflicts button in the toolbar.');
    const changed = computed.changedTexts.length;
    if (changed > 0)
      lines.push(
        `${changed} document${changed === 1 ? '' : 's'} in the file ${changed === 1 ? 'has' : 'have'} another text than your copy: ${changed === 1 ? 'it comes' : 'they come'} in as separate documents, and annotations are not carried between the two texts.`,
      );
    host.notify(notice('info', `Merged ${sourceName} into “${name}”`, lines));
  }
  return done;
}

function cancelled(host: MergeHost, fileName: string, interactive: boolean): MergeOutcome {
  if (interactive) host.notify(notice('warning', `${fileName}: merge cancelled, nothing changed`));
  return outcome('cancelled');
}

function refused(
  host: MergeHost,
  fileName: string,
  problems: string[],
  interactive: boolean,
): MergeOutcome {
  if (interactive)
    host.notify(notice('error', `${fileName}: not merged, nothing changed`, problems));
  return outcome('refused', { problems });
}
