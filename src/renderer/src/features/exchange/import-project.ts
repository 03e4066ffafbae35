import {
  parseExchangeFile,
  verifyContentHashes,
  type ImportProblem,
} from '../../../../core/exchange';
import { notice } from '../../state/notices';
import type { Workbench } from '../../state/workbench';

/** How many problems an error notice lists before summarising the rest. */
const SHOWN_PROBLEMS = 50;

/** One problem as a line: where (JSON path, record id) and what. */
function describe(problem: ImportProblem): string {
  return `${problem.path || '(file)'}${problem.recordId ? ` [${problem.recordId}]` : ''}: ${problem.message}`;
}

/**
 * Imports a native exchange file as a new project. The file is validated first and every problem
 * is reported with its location; an invalid file changes nothing, a valid one lands in one
 * transaction.
 */
export async function importProjectText(
  workbench: Workbench,
  fileName: string,
  text: string,
): Promise<boolean> {
  const parsed = parseExchangeFile(fileName, text);
  if (!parsed.ok) {
    const lines = parsed.problems.slice(0, SHOWN_PROBLEMS).map(describe);
    if (parsed.problems.length > SHOWN_PROBLEMS)
      lines.push(`… and ${parsed.problems.length - SHOWN_PROBLEMS} more.`);
    workbench.notify(notice('error', `${fileName}: not imported, nothing changed`, lines));
    return false;
  }
  const { data } = parsed;
  if (workbench.state.projects.some((p) => p.id === data.project.id)) {
    workbench.notify(
      notice('error', `${fileName}: not imported, nothing changed`, [
        `This profile already has the project “${data.project.name}”. Importing a file into the same project (merging coders' work) comes with the merge feature; delete and purge the local copy to replace it.`,
      ]),
    );
    return false;
  }
  const documents = data.documents.flatMap((d) =>
    typeof d.text === 'string' ? [{ ...d, text: d.text }] : [],
  );
  const missing = data.documents.length - documents.length;
  if (missing > 0) {
    workbench.notify(
      notice('error', `${fileName}: not imported, nothing changed`, [
        `The file was exported without document texts (${missing} document${missing === 1 ? '' : 's'}), so there is nothing to read them from. Export again with “Include the document texts”.`,
      ]),
    );
    return false;
  }
  const hashProblems = await verifyContentHashes(documents);
  if (hashProblems.length > 0) {
    workbench.notify(
      notice('error', `${fileName}: not imported, nothing changed`, hashProblems.map(describe)),
    );
    return false;
  }
  const total = documents.length + data.codes.length + data.annotations.length;
  let cancelled = false;
  await workbench.cancellable(async (signal) => {
    workbench.store.set({ progress: { label: 'Importing project', done: 0, total } });
    try {
      // One transaction: it lands whole, or (failed or cancelled) changes nothing.
      await workbench.storage.importProjectData(
        {
          project: data.project,
          coders: data.coders,
          documents,
          codes: data.codes,
          annotations: data.annotations,
        },
        {
          mode: 'new-project',
          signal,
          onProgress: (done: number) =>
            workbench.store.set({ progress: { label: 'Importing project', done, total } }),
        },
      );
    } catch (error) {
      if (!signal.aborted) throw error;
      cancelled = true;
    }
  });
  if (cancelled) {
    workbench.notify(notice('warning', `${fileName}: import cancelled, nothing changed`));
    return false;
  }
  workbench.store.set({ projects: await workbench.storage.listProjects() });
  await workbench.switchProject(data.project.id);
  workbench.notify(
    notice('info', `Imported project “${data.project.name}”`, [
      `${data.documents.length} documents, ${data.codes.length} codes, ${data.annotations.length} annotations`,
    ]),
  );
  return true;
}

/** Asks for an exchange file and imports it. */
export async function importProjectFile(workbench: Workbench): Promise<void> {
  const file = await workbench.platform.openTextFile(['.json']);
  if (file) await importProjectText(workbench, file.name, file.content);
}
