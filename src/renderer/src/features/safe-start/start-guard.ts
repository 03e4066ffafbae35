import type { KeyValueStorage } from '../memos/draft-journal';

/** A project that failed to show, remembered so the next start does not reopen straight into it. */
export interface FailedStart {
  projectId: string | null;
  projectName: string;
  /** What went wrong, for the safe start screen (the error's message). */
  message: string;
  /** When it happened (ISO time). */
  at: string;
  /** Starts of this project in a row that did not finish (only for the start in progress). */
  attempts?: number;
}

/**
 * How many starts of one project in a row must fail to finish before the next one is safe: one
 * is not enough, because a coder who reloads while a large project is still loading has not
 * met a hang (the benchmark did exactly that at 100,000 annotations).
 */
export const UNFINISHED_STARTS_FOR_SAFE_START = 2;

/**
 * Remembers that the workbench failed to show a project, across reloads and restarts. Two
 * traces: a failure the error boundary caught, and starts that never finished (the renderer
 * died or hung while showing the project, so nothing could be caught). A caught failure makes
 * the next start a safe start; unfinished starts do from the second in a row.
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
      attempts: typeof value.attempts === 'number' ? value.attempts : 1,
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
      if (!unfinished || (unfinished.attempts ?? 1) < UNFINISHED_STARTS_FOR_SAFE_START) return null;
      return {
        projectId: unfinished.projectId,
        projectName: unfinished.projectName,
        at: unfinished.at,
        message: `The last ${unfinished.attempts} starts did not finish showing this project (the app closed or hung).`,
      };
    },
    recordFailure(failure) {
      write(storage, FAILED, failure);
      write(storage, STARTING, null);
    },
    starting(projectId, projectName) {
      const previous = read(storage, STARTING);
      const attempts =
        previous && previous.projectId === projectId ? (previous.attempts ?? 1) + 1 : 1;
      write(storage, STARTING, { projectId, projectName, message: '', at: now(), attempts });
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
