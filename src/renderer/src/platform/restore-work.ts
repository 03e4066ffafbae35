import { copyProject } from '../../../core/backup/copy-project';
import { newId } from '../../../core/ids/new-id';
import type { LongWriteOptions } from '../../../core/repository/repository';
import {
  exchangeSnapshot,
  exchangeText,
  readExchangeText,
  type ImportExchangeResult,
  type ImportTarget,
} from './exchange-work';
import { landNewProject } from './land-new-project';

/**
 * Restores a backup (an exchange file) as a copy named `name` beside the live project: read and
 * checked like any exchange file, copied with fresh ids so it never touches the original, and
 * written through the staged write (whole or nothing, progress, cancel), all where it runs (the
 * exchange worker).
 */
export async function restoreBackupFile(
  fileName: string,
  source: string | Blob,
  name: string,
  target: Pick<ImportTarget, 'writeProjectStaged'>,
  options: LongWriteOptions = {},
): Promise<ImportExchangeResult> {
  const read = await readExchangeText(fileName, await exchangeText(source));
  if (!read.ok) return { kind: 'invalid', problems: read.problems };
  options.signal?.throwIfAborted();
  const missing = read.data.documents.filter((d) => typeof d.text !== 'string').length;
  if (missing > 0) return { kind: 'no-texts', missing };
  const copy = copyProject(exchangeSnapshot(read.data), newId, name);
  return landNewProject(copy, target, options);
}
