import type { FileFilter } from '../../shared/ipc/contract';
import type { IpcEventLike } from './define-handler';

/**
 * The native dialogs the handlers need, as an interface: the composition root implements it
 * with Electron's `dialog` (attached to the sender's window); tests pass fakes. Every path a
 * handler reads or writes comes from one of these, i.e. from the user's choice.
 */
export interface NativeDialogs {
  /** Several document files; null when cancelled. */
  pickDocumentFiles(event: IpcEventLike): Promise<string[] | null>;
  /** One folder of documents; null when cancelled. */
  pickDocumentFolder(event: IpcEventLike): Promise<string | null>;
  /** Where to save; null when cancelled. */
  pickSavePath(
    event: IpcEventLike,
    suggestedName: string,
    filters: FileFilter[],
  ): Promise<string | null>;
  /** A folder to share with the team (a synced or network folder); null when cancelled. */
  pickTeamFolder(event: IpcEventLike): Promise<string | null>;
  /** One text file to open; null when cancelled. */
  pickTextFile(event: IpcEventLike, filters: FileFilter[]): Promise<string | null>;
}
