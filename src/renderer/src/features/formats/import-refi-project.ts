import { notice } from '../../state/notices';
import { openLandedProject, withImportProgress, type ImportHost } from '../exchange/import-project';

/**
 * Imports a REFI-QDA file as a new project, off the UI thread: the exchange worker reads the
 * file again (the preview kept no records) and writes it through the staged write, so it lands
 * whole or not at all, with progress and Cancel (which erases what was written at once). Then
 * the project opens. Returns whether it landed; a file that cannot come in throws.
 */
export async function importRefiProject(
  workbench: ImportHost,
  fileName: string,
  bytes: Uint8Array,
): Promise<boolean> {
  const landed = await withImportProgress(workbench, (options) =>
    workbench.platform.exchange.importRefi(fileName, bytes, workbench.storage, options),
  );
  if (!landed) {
    workbench.notify(notice('warning', `${fileName}: import cancelled, nothing changed`));
    return false;
  }
  await openLandedProject(workbench, landed);
  return true;
}
