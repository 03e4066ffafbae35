import type { Id } from '../../../../core/model/types';
import type { Platform } from '../../platform/platform';
import type { Storage } from '../../storage';

/** How long after the last edit a backup is written: coalesces bursts of coding into one file. */
export const BACKUP_DELAY_MS = 15_000;

/**
 * Desktop only: after change sets, writes a rolling automatic backup of the project (a full
 * exchange file with texts, made off the UI thread) through the platform; main keeps the last N.
 * Subscribe `schedule` to the workbench's applied change sets.
 */
export function createBackupScheduler(
  platform: Pick<Platform, 'backups' | 'exchange'>,
  storage: Pick<Storage, 'readSnapshot' | 'getCoder' | 'getRecords'>,
  options: { delay?: number; onError(error: Error): void },
) {
  const delay = options.delay ?? BACKUP_DELAY_MS;
  const timers = new Map<Id, ReturnType<typeof setTimeout>>();
  const backups = platform.backups;

  async function write(projectId: Id): Promise<void> {
    if (!backups) return;
    const [coder, [project]] = await Promise.all([
      storage.getCoder(),
      storage.getRecords(projectId, 'project', [projectId]),
    ]);
    // A project purged since the edit has nothing left to back up.
    if (!coder || !project) return;
    // The exchange worker reads the project from the database itself and hands over the file's
    // UTF-8 bytes (transferred): 100,000 annotations are neither read nor copied on the UI
    // thread, and the file is never a string here on its way to main.
    const content = await platform.exchange.backupProject(
      {
        projectId,
        exportedBy: { coderId: coder.id, name: coder.name },
        options: { includeTexts: true },
        now: new Date().toISOString(),
      },
      storage,
    );
    await backups.write(projectId, content);
  }

  return {
    /** Schedules a backup of the project after the delay (restarted by each edit). */
    schedule(projectId: Id): void {
      if (!backups) return;
      const existing = timers.get(projectId);
      if (existing) clearTimeout(existing);
      timers.set(
        projectId,
        setTimeout(() => {
          timers.delete(projectId);
          // A failed backup is shown to the user, never only logged.
          void write(projectId).catch((error: unknown) =>
            options.onError(error instanceof Error ? error : new Error(String(error))),
          );
        }, delay),
      );
    },
  };
}
