import { isChangeAnnouncement, type ChangeAnnouncement, type ChangedTable } from './announcement';

/** The part of `BroadcastChannel` used, so tests pass an in-memory pair. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** What other tabs changed in the open project, gathered for one reload. */
export interface RemoteChanges {
  projectId: string;
  tables: Set<ChangedTable>;
  /** Documents whose annotations changed (`*`: any document, reload the open one). */
  annotationDocumentIds: Set<string>;
}

/** A change this tab applied, as the change listener reports it. */
export type LocalChange = Omit<ChangeAnnouncement, 'tab'>;

/** What tab sync needs from the workbench (kept narrow so it is tested without one). */
export interface TabSyncHost {
  /** The project this tab shows; announcements for other projects are ignored. */
  projectId(): string | null;
  /** Reloads the changed records from storage into the views (one call per gathered batch). */
  reload(changes: RemoteChanges): Promise<void>;
  /** Subscribes to changes this tab applied; returns the unsubscribe function. */
  onLocalChange(listener: (change: LocalChange) => void): () => void;
}

/** How long announcements are gathered before one reload: a burst of edits reloads once. */
export const GATHER_MS = 60;

/**
 * Keeps every tab of a profile showing the same records: each applied change is announced on a
 * BroadcastChannel, and each tab reloads what the others announce for the project it shows,
 * well within a second. Reloads run one at a time; announcements arriving during one are
 * gathered for the next. Returns the function that stops it.
 */
export function startTabSync(
  channel: ChannelLike,
  host: TabSyncHost,
  tab: string,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  let gathered: RemoteChanges | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    timer = null;
    const batch = gathered;
    gathered = null;
    if (!batch) return;
    running = running.then(() => host.reload(batch)).catch(onError);
  };

  channel.addEventListener('message', ({ data }) => {
    if (!isChangeAnnouncement(data) || data.tab === tab) return;
    if (data.projectId !== host.projectId()) return;
    if (!gathered || gathered.projectId !== data.projectId)
      gathered = {
        projectId: data.projectId,
        tables: new Set(),
        annotationDocumentIds: new Set(),
      };
    gathered.tables.add(data.table);
    if (data.table === 'annotations')
      for (const id of data.documentIds) gathered.annotationDocumentIds.add(id);
    timer ??= setTimeout(flush, GATHER_MS);
  });

  const unsubscribe = host.onLocalChange((change) => {
    const message: ChangeAnnouncement = { ...change, tab };
    try {
      channel.postMessage(message);
    } catch (error) {
      onError(error); // a closed channel: the other tabs see the change on their next reload
    }
  });

  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    channel.close();
  };
}
