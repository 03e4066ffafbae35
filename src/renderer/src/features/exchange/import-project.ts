import type { ImportProblem } from '../../../../core/exchange';
import type { LongWriteOptions } from '../../../../core/repository/repository';
import { exchangeSnapshot } from '../../platform/exchange-work';
import type { LandedProject } from '../../platform/land-new-project';
import { notice } from '../../state/notices';
import { previewAndMergeSnapshot, shouldOfferMerge, sourceNameOf } from '../merge';
import type { Workbench } from '../../state/workbench';

/** How many problems an error notice lists before summarising the rest. */
const SHOWN_PROBLEMS = 50;

/** One problem as a line: where (JSON path, record id) and what. */
function describe(problem: ImportProblem): string {
  return `${problem.path || '(file)'}${problem.recordId ? ` [${problem.recordId}]` : ''}: ${problem.message}`;
}

/** What importing a project needs of the workbench. */
export type ImportHost = Pick<
  Workbench,
  | 'state'
  | 'store'
  | 'storage'
  | 'platform'
  | 'changes'
  | 'notify'
  | 'cancellable'
  | 'context'
  | 'switchProject'
>;

/**
 * Imports a native exchange file as a new project. The exchange worker parses and validates it,
 * checks each text against its hash, and writes the project into the database itself in short
 * staged transactions (see storage/staged-import): the records never cross to the UI thread, and
 * the project appears only when its last chunk commits. Every problem is reported with its
 * location; an invalid file changes nothing. Cancel answers at once (the worker stops at its next
 * chunk and erases what it wrote). The UI thread then only tells the change listeners (source
 * `import`, out of the undo history) and opens the project. Records keep their ids: the same ids
 * may live in other projects of this profile (a teammate who also started from the sample corpus
 * shares its starter codebook's ids).
 */
export async function importProjectText(
  workbench: ImportHost,
  fileName: string,
  text: string | Blob,
  /** The user declined to merge it: it comes in as a new project (the worker writes it too). */
  options: { asNewProject?: boolean } = {},
): Promise<boolean> {
  const refuse = (lines: string[]) => {
    workbench.notify(notice('error', `${fileName}: not imported, nothing changed`, lines));
    return false;
  };
  const result = await withImportProgress(workbench, (progress) =>
    workbench.platform.exchange.importProject(fileName, text, workbench.storage, {
      ...progress,
      asNewProject: options.asNewProject,
    }),
  );
  if (result === null) {
    workbench.notify(notice('warning', `${fileName}: import cancelled, nothing changed`));
    return false;
  }
  if (result.kind === 'invalid') {
    const lines = result.problems.slice(0, SHOWN_PROBLEMS).map(describe);
    if (result.problems.length > SHOWN_PROBLEMS)
      lines.push(`… and ${result.problems.length - SHOWN_PROBLEMS} more.`);
    return refuse(lines);
  }
  if (result.kind === 'known') {
    // A file of a project this profile has (or shares texts with) goes through the merge
    // preview; only then does the file's data come to this thread.
    const { data } = result;
    const snapshot = exchangeSnapshot(data);
    if (!options.asNewProject && (await shouldOfferMerge(workbench, snapshot))) {
      const source = sourceNameOf(fileName, data.exportedBy);
      const merged = await previewAndMergeSnapshot(workbench, source, snapshot, { fileName });
      if (merged.status !== 'new-project') return merged.status === 'merged';
    }
    if (workbench.state.projects.some((p) => p.id === data.project.id)) {
      return refuse([
        `This profile already has the project “${data.project.name}”, so it cannot come in as a new project.`,
      ]);
    }
    if (options.asNewProject) {
      // Landed meanwhile (another window): it cannot come in under its ids twice.
      return refuse([
        `This profile already has the project “${data.project.name}”, so it cannot come in as a new project.`,
      ]);
    }
    // Declined merge: the exchange worker reads the file again and writes it as a new project
    // through the staged write (whole or nothing, progress, Cancel), as any other import.
    return importProjectText(workbench, fileName, text, { asNewProject: true });
  }
  if (result.kind === 'no-texts') return refuse(noTexts(result.missing));
  const { purgedOriginal } = result;
  await openLandedProject(
    workbench,
    result,
    purgedOriginal
      ? [
          `This project was deleted for good here on ${purgedOriginal.purgedAt.slice(0, 10)}, so the file came in as a separate copy with new ids: merges never bring the deleted project back.`,
        ]
      : [],
  );
  return true;
}

/**
 * Runs a worker's write of a new project with the progress bar and its Cancel: the label says
 * the file is checked until the first chunk is written. Null when cancelled (the worker erases
 * what it wrote).
 */
export async function withImportProgress<T>(
  workbench: Pick<Workbench, 'store' | 'cancellable'>,
  start: (options: Pick<LongWriteOptions, 'signal' | 'onProgress'>) => Promise<T>,
): Promise<T | null> {
  let outcome: { value: T } | null = null;
  await workbench.cancellable(async (signal) => {
    workbench.store.set({ progress: { label: 'Checking the file', done: 0, total: 0 } });
    outcome = await start({
      signal,
      onProgress: (done, total) =>
        workbench.store.set({ progress: { label: 'Importing project', done, total } }),
    }).then(
      (value) => ({ value }),
      (error: unknown) => {
        if (signal.aborted) return null;
        throw error;
      },
    );
  });
  // Assigned inside the callback, which control-flow analysis does not follow.
  const landed = outcome as { value: T } | null;
  return landed ? landed.value : null;
}

/**
 * A project a worker landed whole: tells the change listeners (source `import`, out of the undo
 * history), opens it and says what came in, with `lines` added.
 */
export async function openLandedProject(
  workbench: ImportHost,
  landed: LandedProject,
  lines: string[] = [],
): Promise<void> {
  const { project, live } = landed;
  const ctx = workbench.context();
  await workbench.changes.serial(() =>
    workbench.changes.announce({
      projectId: project.id,
      source: 'import',
      label: `import project ${project.name}`,
      coderId: ctx.coderId,
      at: ctx.now,
      changes: [{ kind: 'project', before: null, after: project }],
      purged: [],
    }),
  );
  await workbench.switchProject(project.id);
  workbench.notify(
    notice('info', `Imported project “${project.name}”`, [
      `${live.documents} documents, ${live.codes} codes, ${live.annotations} annotations`,
      ...lines,
    ]),
  );
}

/** Why a file exported without texts cannot come in as a project. */
function noTexts(missing: number): string[] {
  return [
    `The file was exported without document texts (${missing} document${missing === 1 ? '' : 's'}), so there is nothing to read them from. Export again with “Include the document texts”.`,
  ];
}

/** Asks for an exchange file and imports it. */
export async function importProjectFile(
  workbench: ImportHost & Pick<Workbench, 'platform'>,
): Promise<void> {
  const file = await workbench.platform.openExchangeFile(['.json']);
  if (file) await importProjectText(workbench, file.name, file.source);
}
