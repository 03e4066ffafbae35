import type { KeyValueStorage } from '../memos/draft-journal';

/** A project that failed to show, remembered so the next start does not reopen straight into it. */
export interface FailedStart {
  projectId: string | null;
  projectName: string;
  /** What went wrong, for the safe start screen (the error's message). */
  message: string;
  /** When it happened (ISO time). */
  at: string;
}

/**
 * Remembers that the workbench failed to show a project, across reloads and restarts. Two
 * traces: a failure the error boundary caught, and a start that never finished (the renderer
 * died or hung while showing the project, so nothing could be caught). Either makes the next
 * start a safe start.
 */
export interface StartGuard {
  /** Why this start must be safe, or null for a normal start. Read once, at start. */
  failedStart(): FailedStart | null;
  /** The error boundary caught a failure while showing this project. */
  recordFailure(failure: FailedStart): void;
  /** A start begins showing a project; cleared by `started()` once it has shown. */
  starting(projectId: string | null, projectName: string): void;
  /** The workbench has shown its project: the start finished. */
  started(): void;
  /** The user chose what to open (another project, try again): forget the failure. */
  clear(): void;
}

const FAILED = 'marginalia:failed-start';
const STARTING = 'marginalia:start-in-progress';

function read(storage: KeyValueStorage, key: string): FailedStart | null {
  try {
    const raw = storage.getItem(key);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<FailedStart> | null;
    if (typeof value?.projectName !== 'string') return null;
    return {
      projectId: typeof value.projectId === 'string' ? value.projectId : null,
      projectName: value.projectName,
      message: typeof value.message === 'string' ? value.message : '',
      at: typeof value.at === 'string' ? value.at : '',
    };
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage, key: string, value: FailedStart | null): void {
  try {
    if (value) storage.setItem(key, JSON.stringify(value));
    else storage.removeItem(key);
  } catch {
    // Storage full or disabled: the boundary still shows the safe screen for this session.
  }
}

/** The start guard over a key-value storage (`localStorage` in the app). */
export function createStartGuard(
  storage: KeyValueStorage,
  now: () => string = () => new Date().toISOString(),
): StartGuard {
  return {
    failedStart() {
      const failed = read(storage, FAILED);
      if (failed) return failed;
      const unfinished = read(storage, STARTING);
      return (
        unfinished && {
          ...unfinished,
          message: 'The last start did not finish showing this project (the app closed or hung).',
        }
      );
    },
    recordFailure(failure) {
      write(storage, FAILED, failure);
      write(storage, STARTING, null);
    },
    starting(projectId, projectName) {
      write(storage, STARTING, { projectId, projectName, message: '', at: now() });
    },
    started() {
      write(storage, STARTING, null);
    },
    clear() {
      write(storage, FAILED, null);
      write(storage, STARTING, null);
    },
  };
}
