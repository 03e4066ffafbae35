import { parseCodebookFile } from '../../../../core/codebook/codebook-file';
import { notice } from '../../state/notices';
import type { Workbench } from '../../state/workbench';

/** Asks for a codebook file and adds its codes to the project (one undoable change). */
export async function importCodebookFile(workbench: Workbench): Promise<void> {
  const file = await workbench.platform.openTextFile(['.json']);
  if (!file) return;
  try {
    const count = await workbench.codebook.importCodebookText(file.content, file.name);
    // What reading the file changed (deleted codes skipped, hotkeys used twice): tell the user.
    const parsed = parseCodebookFile(file.name, file.content);
    const notes = parsed.ok ? parsed.notes : [];
    workbench.notify(
      notice(
        notes.length > 0 ? 'warning' : 'info',
        `Imported ${count} code${count === 1 ? '' : 's'} from ${file.name}`,
        notes,
      ),
    );
  } catch (error) {
    workbench.notify(
      notice(
        'error',
        `${file.name}: not imported, nothing changed`,
        String(error instanceof Error ? error.message : error).split('\n'),
      ),
    );
  }
}

/** Saves the project's codebook on its own, to reuse in another project or share with a team. */
export async function exportCodebookFile(workbench: Workbench): Promise<void> {
  const project = workbench.state.projects.find((p) => p.id === workbench.state.projectId);
  const name = `${(project?.name ?? 'codebook').replace(/[^\p{L}\p{N}._ -]+/gu, '').trim() || 'codebook'}.codebook.json`;
  const saved = await workbench.platform.saveFile(
    name,
    workbench.codebook.exportCodebookText(),
    'application/json',
  );
  if (saved) workbench.notify(notice('info', `Exported the codebook as ${name}`));
}
