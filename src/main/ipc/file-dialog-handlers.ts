import type { FileFilter, IpcResult } from '../../shared/ipc/contract';
import { describeFsError } from '../files/fs-error-message';
import { FileTooLargeError, readFileBytes, readTextFile } from '../files/read-text-file';
import { writeFileAtomic } from '../files/write-file-atomic';
import type { IpcEventLike } from './define-handler';
import { fail, ok } from './ipc-result';
import type { NativeDialogs } from './native-dialogs';

/**
 * Save dialog, then an atomic write of the text or bytes to the chosen path (exports,
 * codebooks, REFI-QDA archives, workbooks).
 * `saved: false` when the user cancelled.
 */
export async function saveFile(
  dialogs: NativeDialogs,
  event: IpcEventLike,
  request: { suggestedName: string; content: string | Uint8Array; filters: FileFilter[] },
): Promise<IpcResult<{ saved: boolean; path?: string }>> {
  const path = await dialogs.pickSavePath(event, request.suggestedName, request.filters);
  if (!path) return ok({ saved: false });
  try {
    await writeFileAtomic(path, request.content);
  } catch (error) {
    return fail('io', describeFsError('write', path, error));
  }
  return ok({ saved: true, path });
}

/** Open dialog for one text file (exchange file, codebook), read with a size cap. */
export function openTextFile(
  dialogs: NativeDialogs,
  event: IpcEventLike,
  request: { filters: FileFilter[] },
  maxBytes?: number,
): Promise<IpcResult<{ name: string; content: string } | null>> {
  return pickAndRead(dialogs, event, request.filters, (path) => readTextFile(path, maxBytes));
}

/** Open dialog for one file read as bytes (a REFI-QDA archive), with the same size cap. */
export function openFile(
  dialogs: NativeDialogs,
  event: IpcEventLike,
  request: { filters: FileFilter[] },
  maxBytes?: number,
): Promise<IpcResult<{ name: string; bytes: Uint8Array } | null>> {
  return pickAndRead(dialogs, event, request.filters, (path) => readFileBytes(path, maxBytes));
}

/** The open dialog, then `read` on the chosen path; a refusal or failure names the file. */
async function pickAndRead<T>(
  dialogs: NativeDialogs,
  event: IpcEventLike,
  filters: FileFilter[],
  read: (path: string) => Promise<T>,
): Promise<IpcResult<T | null>> {
  const path = await dialogs.pickTextFile(event, filters);
  if (!path) return ok(null);
  try {
    return ok(await read(path));
  } catch (error) {
    if (error instanceof FileTooLargeError) return fail('io', error.message);
    return fail('io', describeFsError('read', path, error));
  }
}
