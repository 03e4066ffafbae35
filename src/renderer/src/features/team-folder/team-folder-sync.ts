import type { ChangeSet } from '../../../../core/changes/change-set';
import {
  contentChanged,
  filesToRead,
  type SeenTeamFile,
  type TeamFileStamp,
} from '../../../../core/team-folder/file-changes';
import {
  isOwnTeamFile,
  nameFromTeamFile,
  teamFileName,
  teammateFileNames,
} from '../../../../core/team-folder/team-file-name';
import { afterMerge, type TeammateStatus } from '../../../../core/team-folder/teammate-status';
import {
  createWriteCoalescer,
  type CoalescerTimers,
  type WriteCoalescer,
} from '../../../../core/team-folder/write-coalescer';
import { sha256Hex } from '../../../../core/text/hash';
import type { TeamFolderAccess, TeamFolderLink } from '../../platform/platform';
import type { TeamFolderHost } from './team-folder-host';

/** Quiet time after the last edit before the coder's own file is written. */
export const TEAM_WRITE_DELAY_MS = 5_000;
/** ...and the longest an edit waits for it while coding goes on. */
export const TEAM_WRITE_MAX_WAIT_MS = 60_000;
/** How often the folder is looked at (network drives and browsers send no change events). */
export const TEAM_POLL_MS = 15_000;

/** What the team folder panel and status line show. */
export interface TeamFolderView {
  /** Whether this platform can link folders at all. */
  available: boolean;
  projectId: string | null;
  link: TeamFolderLink | null;
  own: { fileName?: string; writtenAt?: number; writing: boolean; problem?: string };
  teammates: TeammateStatus[];
  syncing: boolean;
  lastSyncAt?: number;
  /** Why the folder could not be looked at (gone, access withdrawn). */
  problem?: string;
}

const emptyView = (available: boolean, projectId: string | null = null): TeamFolderView => ({
  available,
  projectId,
  link: null,
  own: { writing: false },
  teammates: [],
  syncing: false,
});

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Tuning and seams for tests. */
export interface TeamFolderSyncOptions {
  timers?: CoalescerTimers;
  writeDelayMs?: number;
  maxWaitMs?: number;
  pollMs?: number;
  hash?: (text: string) => Promise<string>;
}

/** The running team folder of the open project. */
export type TeamFolderSync = ReturnType<typeof createTeamFolderSync>;

/**
 * Serverless sync through a shared folder: writes the coder's own exchange file after each round
 * of edits (debounced, never two writes at once), and merges every teammate's file when the
 * project opens, when the folder changes, now and then, and on "Sync now". A teammate's file is
 * only read, never written; one that is invalid is skipped with a notice and changes nothing.
 */
export function createTeamFolderSync(
  access: TeamFolderAccess | null,
  host: TeamFolderHost,
  options: TeamFolderSyncOptions = {},
) {
  const timers: CoalescerTimers = options.timers ?? {
    now: () => Date.now(),
    set: (run, ms) => setTimeout(run, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const hash = options.hash ?? sha256Hex;
  const listeners = new Set<() => void>();
  let view = emptyView(access !== null);
  let seen = new Map<string, SeenTeamFile>();
  let writer: WriteCoalescer | null = null;
  let poll: unknown = null;
  let syncing: Promise<void> | null = null;
  let syncAgain = false;
  let stopWatching: (() => void) | null = null;
  // Bumped on every project switch: work begun for another project drops its results.
  let generation = 0;

  function update(changes: Partial<TeamFolderView>): void {
    view = { ...view, ...changes };
    for (const listener of listeners) listener();
  }

  function setTeammate(status: TeammateStatus): void {
    const others = view.teammates.filter((t) => t.fileName !== status.fileName);
    update({
      teammates: [...others, status].sort((a, b) => a.fileName.localeCompare(b.fileName)),
    });
    const projectId = view.projectId;
    if (projectId && host.saveStatuses)
      void host.saveStatuses(projectId, view.teammates).catch(() => undefined);
  }

  async function writeOwn(projectId: string, mine: number): Promise<void> {
    const coder = host.coder();
    if (!access || !coder || mine !== generation || !view.link?.ready) return;
    update({ own: { ...view.own, writing: true } });
    try {
      const content = await host.exportOwnFile(projectId);
      if (mine !== generation) return;
      const fileName = await access.writeOwn(projectId, coder, content);
      if (mine === generation)
        update({ own: { fileName, writtenAt: timers.now(), writing: false } });
    } catch (error) {
      if (mine === generation) {
        const fileName = teamFileName(coder);
        update({ own: { ...view.own, fileName, writing: false, problem: message(error) } });
      }
      throw error;
    }
  }

  async function mergeOne(projectId: string, file: TeamFileStamp, mine: number): Promise<void> {
    if (!access) return;
    let text: string;
    try {
      text = await access.read(projectId, file.name);
    } catch (error) {
      // Not marked as seen: the next look tries again (a sync tool may be mid-write).
      if (mine === generation) setTeammate({ ...statusOf(file.name), problem: message(error) });
      return;
    }
    await mergeText(projectId, file, text, mine);
  }

  function statusOf(fileName: string): TeammateStatus {
    return (
      view.teammates.find((t) => t.fileName === fileName) ?? {
        fileName,
        coderName: nameFromTeamFile(fileName),
      }
    );
  }

  /** Merges a teammate's file unless this very content was merged already. */
  async function mergeText(
    projectId: string,
    file: TeamFileStamp,
    text: string,
    mine: number,
  ): Promise<void> {
    const known = view.teammates.find((t) => t.fileName === file.name);
    const base = known ?? statusOf(file.name);
    const contentHash = await hash(text);
    if (mine !== generation) return;
    if (!contentChanged(seen, file.name, contentHash)) {
      seen.set(file.name, { ...file, contentHash });
      return;
    }
    const outcome = await host.mergeTeammateFile(projectId, file.name, text);
    if (mine !== generation) return;
    // A refused file is not merged again until it changes; a passing failure is retried.
    if (outcome.ok || !outcome.retry) seen.set(file.name, { ...file, contentHash });
    if (outcome.ok) {
      const merged = {
        fileName: file.name,
        coderName: outcome.coderName ?? base.coderName,
        mergedAt: timers.now(),
        brought: outcome.brought,
        contentHash,
      };
      setTeammate(afterMerge(known, merged, outcome.nothingNew ?? false));
    } else {
      setTeammate({ ...base, problem: outcome.problem });
      // Told once per problem, not at every look while it lasts.
      if (base.problem !== outcome.problem)
        host.report('error', `${file.name}: skipped, nothing changed`, [outcome.problem]);
    }
  }

  async function syncOnce(mine: number): Promise<void> {
    const projectId = view.projectId;
    const coder = host.coder();
    if (!access || !projectId || !coder || !view.link?.ready) return;
    let listed: TeamFileStamp[];
    try {
      listed = await access.list(projectId);
    } catch (error) {
      if (mine === generation) update({ problem: message(error) });
      return;
    }
    if (mine !== generation) return;
    const theirs = new Set(
      teammateFileNames(
        listed.map((f) => f.name),
        coder.id,
      ),
    );
    const toRead = filesToRead(
      listed.filter((f) => theirs.has(f.name)),
      seen,
    );
    // Teammates whose file is gone keep their last status; new ones show up at once.
    for (const file of listed) {
      if (theirs.has(file.name) && !view.teammates.some((t) => t.fileName === file.name))
        setTeammate({ fileName: file.name, coderName: nameFromTeamFile(file.name) });
    }
    for (const file of toRead) {
      if (mine !== generation) return;
      await mergeOne(projectId, file, mine);
    }
    if (mine === generation) update({ problem: undefined, lastSyncAt: timers.now() });
  }

  /** Looks at the folder and merges what changed; one look at a time, a request during one runs after it. */
  function syncNow(): Promise<void> {
    if (syncing) {
      syncAgain = true;
      return syncing;
    }
    const mine = generation;
    update({ syncing: true });
    syncing = (async () => {
      try {
        do {
          syncAgain = false;
          await syncOnce(mine);
        } while (syncAgain && mine === generation);
      } catch (error) {
        host.report('error', 'The team folder could not be synced', [message(error)]);
      } finally {
        syncing = null;
        if (mine === generation) update({ syncing: false });
      }
    })();
    return syncing;
  }

  function stop(): void {
    generation++;
    writer?.dispose();
    writer = null;
    if (poll !== null) timers.clear(poll);
    poll = null;
    stopWatching?.();
    stopWatching = null;
    seen = new Map();
    syncing = null;
  }

  function schedulePoll(mine: number): void {
    const every = options.pollMs ?? TEAM_POLL_MS;
    poll = timers.set(() => {
      if (mine !== generation) return;
      void syncNow().finally(() => mine === generation && schedulePoll(mine));
    }, every);
  }

  /** Starts syncing a linked folder: a first look, polling, change events, the writer. */
  async function start(projectId: string, link: TeamFolderLink, mine: number): Promise<void> {
    update({ link, problem: undefined });
    if (!access || !link.ready) return;
    writer = createWriteCoalescer(() => writeOwn(projectId, mine), {
      delayMs: options.writeDelayMs ?? TEAM_WRITE_DELAY_MS,
      maxWaitMs: options.maxWaitMs ?? TEAM_WRITE_MAX_WAIT_MS,
      timers,
      onError: (error) =>
        host.report('error', 'Your team file could not be written', [message(error)]),
    });
    stopWatching = access.onChange((changed) => {
      if (changed === projectId && mine === generation) void syncNow();
    });
    schedulePoll(mine);
    await syncNow();
    // The coder's file reflects the project as it is now, merged teammates included.
    if (mine === generation) writer.request();
  }

  return {
    get: (): TeamFolderView => view,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The open project changed (or closed): follow it. */
    async open(projectId: string | null): Promise<void> {
      if (projectId === view.projectId) return;
      stop();
      const mine = generation;
      view = emptyView(access !== null, projectId);
      update({});
      if (!projectId) return;
      const saved = await host.loadStatuses?.(projectId).catch(() => []);
      if (mine !== generation) return;
      if (saved?.length) update({ teammates: saved });
      if (!access) return;
      try {
        const link = await access.open(projectId);
        if (mine === generation && link) await start(projectId, link, mine);
      } catch (error) {
        if (mine === generation) update({ problem: message(error) });
      }
    },
    /** Asks for a folder and links the open project to it. */
    async link(): Promise<boolean> {
      const projectId = view.projectId;
      if (!access || !projectId) return false;
      const link = await access.link(projectId);
      if (!link || view.projectId !== projectId) return false;
      stop();
      await start(projectId, link, generation);
      return true;
    },
    /** Asks again for access to the linked folder (browser, after a restart). */
    async reconnect(): Promise<void> {
      const projectId = view.projectId;
      if (!access || !projectId) return;
      const link = await access.reconnect(projectId);
      if (!link || view.projectId !== projectId) return;
      stop();
      await start(projectId, link, generation);
    },
    /** Unlinks the open project; the files in the folder stay. */
    async unlink(): Promise<void> {
      const projectId = view.projectId;
      if (!access || !projectId) return;
      await writer?.flush();
      await access.unlink(projectId);
      await host.saveStatuses?.(projectId, []).catch(() => undefined);
      stop();
      view = emptyView(true, projectId);
      update({});
    },
    syncNow,
    /** Subscribe to applied change sets: an edit to the linked project means a write soon. */
    onChangeSetApplied(set: ChangeSet): void {
      if (set.projectId === view.projectId) writer?.request();
    },
    /**
     * Without a linked folder (a browser without the File System Access API): merges a
     * teammate's file the user picked, with the same status line as a folder's files.
     */
    async mergePicked(fileName: string, text: string): Promise<void> {
      const projectId = view.projectId;
      const coder = host.coder();
      if (!projectId || !coder) return;
      if (isOwnTeamFile(fileName, coder.id)) {
        host.report('warning', `${fileName}: this is your own file, nothing to merge`, []);
        return;
      }
      const stamp = { name: fileName, size: text.length, modifiedAt: timers.now() };
      await mergeText(projectId, stamp, text, generation);
    },
    /** The coder's own team file, to save by hand where no folder can be linked. */
    async ownFile(): Promise<{ fileName: string; content: string } | null> {
      const projectId = view.projectId;
      const coder = host.coder();
      if (!projectId || !coder) return null;
      return { fileName: teamFileName(coder), content: await host.exportOwnFile(projectId) };
    },
    /** Writes the coder's file now if an edit is waiting (before closing, on "Sync now"). */
    flush: (): Promise<void> => writer?.flush() ?? Promise.resolve(),
    dispose: stop,
  };
}
