import { watch, type FSWatcher } from 'node:fs';
import { TEAM_FILE_PATTERN } from '../../core/team-folder/team-file-name';

/** What `fs.watch` offers, so tests can drive events by hand. */
export type WatchFolder = (
  folder: string,
  listener: (event: string, fileName: string | null) => void,
) => Pick<FSWatcher, 'close' | 'on'>;

/**
 * Watches a team folder and calls `onChange` once per burst of changes to team files (a sync
 * tool writes a temporary file, renames it, touches it: one call). Events for other files are
 * ignored; an event without a name (some platforms) counts. Watching is a hint: network drives
 * often send nothing, so the renderer also looks again now and then.
 */
export function watchTeamFolder(
  folder: string,
  onChange: () => void,
  options: { quietMs?: number; watchFolder?: WatchFolder; onError?(error: Error): void } = {},
): () => void {
  const quietMs = options.quietMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const watcher = (options.watchFolder ?? ((f, l) => watch(f, { persistent: false }, l)))(
    folder,
    (_event, fileName) => {
      if (fileName !== null && !TEAM_FILE_PATTERN.test(fileName)) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        onChange();
      }, quietMs);
    },
  );
  watcher.on('error', (error: Error) => options.onError?.(error));
  return () => {
    if (timer) clearTimeout(timer);
    watcher.close();
  };
}
