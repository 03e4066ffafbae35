// Automatic backup benchmark page: the workbench's backup scheduler, its exchange worker and its
// storage, over the profile the workbench scenario imported into (same origin, same database).
import { createBackupScheduler } from '../../src/renderer/src/features/backups/backup-scheduler';
import { createWorkerExchange } from '../../src/renderer/src/platform/exchange-runner';
import type { BackupStore } from '../../src/renderer/src/platform/platform';
import { createStorage, openDatabase } from '../../src/renderer/src/storage';

declare global {
  interface Window {
    runBackupBench(): Promise<number>;
  }
}

/** The fixture's project id (bench/fixtures/project.ts). */
const PROJECT_ID = 'bench-project';

/**
 * Schedules one backup of the benchmark project with no delay and resolves with the ms from
 * the schedule to the file handed over. The store posts the file through a MessageChannel: the
 * structured clone the desktop's IPC bridge makes of it, on this thread.
 */
window.runBackupBench = () =>
  new Promise<number>((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port2.onmessage = () => undefined;
    let started = 0;
    const backups: BackupStore = {
      list: async () => [],
      read: async () => '',
      write: async (_projectId, content) => {
        channel.port1.postMessage(content, [content.buffer]);
        resolve(performance.now() - started);
      },
    };
    const storage = createStorage(openDatabase());
    const scheduler = createBackupScheduler(
      { backups, exchange: createWorkerExchange() },
      storage,
      {
        delay: 0,
        onError: reject,
      },
    );
    started = performance.now();
    scheduler.schedule(PROJECT_ID);
  });
