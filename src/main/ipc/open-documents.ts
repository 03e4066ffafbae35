import { basename } from 'node:path';
import type { ParseOutcome } from '../../core/corpus/parse-outcome';
import type { IpcResult } from '../../shared/ipc/contract';
import { listDocumentFiles, TooManyDocumentsError } from '../files/list-document-files';
import { readDocuments, type ParseFile } from '../files/read-documents';
import type { IpcEventLike } from './define-handler';
import { fail, ok } from './ipc-result';
import type { NativeDialogs } from './native-dialogs';

/** What `openDocuments` needs from the outside. */
export interface OpenDocumentsDependencies {
  dialogs: NativeDialogs;
  parseFile: ParseFile;
  /** Cap on documents per folder (defaults to `MAX_FOLDER_DOCUMENTS`). */
  maxFolderDocuments?: number;
}

/**
 * Asks the user for document files or a folder, reads and parses them, and answers one
 * outcome per file (null when the dialog was cancelled). Folder problems (links leading out,
 * unreadable sub-folders) and an empty folder come back as error outcomes, so the user sees
 * why a file is missing.
 */
export async function openDocuments(
  deps: OpenDocumentsDependencies,
  event: IpcEventLike,
  mode: 'files' | 'folder',
): Promise<IpcResult<ParseOutcome[] | null>> {
  if (mode === 'files') {
    const paths = await deps.dialogs.pickDocumentFiles(event);
    if (!paths || paths.length === 0) return ok(null);
    return ok(
      await readDocuments(
        paths.map((path) => ({ path, name: basename(path) })),
        deps.parseFile,
      ),
    );
  }

  const folder = await deps.dialogs.pickDocumentFolder(event);
  if (!folder) return ok(null);
  let listing;
  try {
    listing = await listDocumentFiles(folder, deps.maxFolderDocuments);
  } catch (error) {
    if (error instanceof TooManyDocumentsError) return fail('io', error.message);
    throw error;
  }
  const problems: ParseOutcome[] = listing.problems.map((problem) => ({
    ok: false,
    fileName: problem.relativePath,
    path: problem.path,
    error: problem.message,
  }));
  if (listing.files.length === 0 && problems.length === 0) {
    return ok([
      {
        ok: false,
        fileName: basename(folder),
        path: folder,
        error: `No documents (.txt, .md, .markdown, .html) were found in ${folder}.`,
      },
    ]);
  }
  const documents = await readDocuments(
    listing.files.map((file) => ({ path: file.path, name: file.relativePath })),
    deps.parseFile,
  );
  return ok([...documents, ...problems]);
}
