import type { MarginaliaBridge } from '../../../../shared/ipc/contract';
import { exportProject } from '../../../../core/exchange';
import type { Storage } from '../../storage';

/** How long after the last edit a backup is written: coalesces bursts of coding into one file. */
export const BACKUP_DELAY_MS = 15_000;

/**
 * Desktop only: after edits, writes a rolling automatic backup of the project (a full exchange
 * file with texts) into the user-data folder through the bridge; main keeps the last N.
 */
export function createBackupScheduler(
  bridge: MarginaliaBridge,
  storage: Storage,
  options: { delay?: number; onError(error: Error): void },
) {
  const delay = options.delay ?? BACKUP_DELAY_MS;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  async function write(projectId: string): Promise<void> {
    const [data, coder] = await Promise.all([
      storage.loadProjectForExport(projectId),
      storage.getCoder(),
    ]);
    if (!data || !coder) return;
    const content = exportProject(
      { ...data, exportedBy: { coderId: coder.id, name: coder.name } },
      { includeTexts: true },
      new Date().toISOString(),
    );
    const result = await bridge.writeBackup({ projectId, content });
    if (!result.ok) throw new Error(result.error.message);
  }

  return {
    /** Schedules a backup of the project after the delay (restarted by each edit). */
    schedule(projectId: string): void {
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
