import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../../core/text/hash';
import { inThreadExchange } from '../../platform/exchange-runner';
import type { BackupStore } from '../../platform/platform';
import {
  addRecords,
  coder,
  freshStorage,
  makeDocument,
  makeProject,
} from '../../storage/test-fixtures';
import { createBackupScheduler } from './backup-scheduler';

describe('backup scheduler', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('writes one full exchange file per burst of edits, after the delay', async () => {
    const storage = freshStorage();
    const p1 = makeProject('p1');
    await storage.setCoder(coder);
    const doc = {
      ...makeDocument(p1.id, 'a.md'),
      text: 'Some text.',
      contentHash: await sha256Hex('Some text.'),
    };
    await addRecords(storage, p1.id, [p1, doc]);
    const errors: string[] = [];
    const write = vi.fn<BackupStore['write']>(() => Promise.resolve());
    const backups: BackupStore = { list: vi.fn(), read: vi.fn(), write };
    const scheduler = createBackupScheduler({ backups, exchange: inThreadExchange }, storage, {
      delay: 1000,
      onError: (error) => errors.push(error.message),
    });

    scheduler.schedule(p1.id);
    await vi.advanceTimersByTimeAsync(600);
    scheduler.schedule(p1.id);
    await vi.advanceTimersByTimeAsync(600);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(1));
    const [projectId, content] = write.mock.calls[0] ?? [];
    expect(projectId).toBe(p1.id);
    // The file's UTF-8 bytes, never a string.
    expect(content).toBeInstanceOf(Uint8Array);
    const file = JSON.parse(new TextDecoder().decode(content));
    expect(file.format).toBe('marginalia-exchange');
    expect(file.documents[0].text).toBe('Some text.');
    expect(errors).toEqual([]);

    // A refused write reaches the user through onError.
    write.mockRejectedValueOnce(new Error('Disk full'));
    scheduler.schedule(p1.id);
    await vi.advanceTimersByTimeAsync(1100);
    await vi.waitFor(() => expect(errors).toEqual(['Disk full']));
  });

  it('does nothing where the platform keeps no backups (the browser)', async () => {
    const scheduler = createBackupScheduler(
      { backups: null, exchange: inThreadExchange },
      freshStorage(),
      {
        delay: 10,
        onError: () => undefined,
      },
    );
    scheduler.schedule('p');
    await vi.advanceTimersByTimeAsync(50);
    expect(vi.getTimerCount()).toBe(0);
  });
});
