import { notice } from '../../state/notices';
import { openLandedProject, withImportProgress, type ImportHost } from '../exchange/import-project';

/**
 * Restores an automatic backup as a copy named `name` beside the live project, off the UI
 * thread: the exchange worker reads and checks the file, copies it with fresh ids (restoring
 * never overwrites anything) and writes it through the staged write, whole or not at all, with
 * progress and Cancel. Then the copy opens. A file that is not a sound backup throws, naming it.
 */
export async function restoreBackup(
  workbench: ImportHost,
  fileName: string,
  content: string | Blob,
  name: string,
): Promise<boolean> {
  const result = await withImportProgress(workbench, (options) =>
    workbench.platform.exchange.restoreBackup(fileName, content, name, workbench.storage, options),
  );
  if (!result) {
    workbench.notify(notice('warning', `${fileName}: restore cancelled, nothing changed`));
    return false;
  }
  if (result.kind === 'invalid')
    throw new Error(`${fileName}: ${result.problems[0]?.message ?? 'not a backup'}`);
  if (result.kind === 'no-texts')
    throw new Error(`${fileName}: the backup holds no document texts to restore.`);
  if (result.kind !== 'imported') throw new Error(`${fileName}: the backup could not be restored.`);
  await openLandedProject(workbench, result, [`Restored from ${fileName} as a copy.`]);
  return true;
}
