import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MarginaliaBridge } from '../../../../shared/ipc/contract';
import { created } from '../../../../core/codebook/stamp';
import { newId } from '../../../../core/ids/new-id';
import { sha256Hex } from '../../../../core/text/hash';
import { freshStorage, makeParsed } from '../../storage/test-fixtures';
import { createBackupScheduler } from './backup-scheduler';

describe('backup scheduler', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('writes one full exchange file per burst of edits, after the delay', async () => {
    const storage = freshStorage();
    const now = '2026-11-24T00:00:00.000Z';
    const coder = newId();
    const p1 = newId();
    await storage.setCoder({ id: coder, name: 'Ada', createdAt: now });
    await storage.putProject({ id: p1, name: 'Study', memo: '', ...created(coder, now) });
    const parsed = {
      ...makeParsed('a.md', 'Some text.'),
      contentHash: await sha256Hex('Some text.'),
    };
    await storage.addDocuments(p1, [parsed], coder, now);
    const errors: string[] = [];
    const writeBackup = vi.fn<MarginaliaBridge['writeBackup']>(() =>
      Promise.resolve({ ok: true, value: { fileName: 'x' } }),
    );
    const scheduler = createBackupScheduler(
      { writeBackup } as unknown as MarginaliaBridge,
      storage,
      {
        delay: 1000,
        onError: (error) => errors.push(error.message),
      },
    );

    scheduler.schedule(p1);
    await vi.advanceTimersByTimeAsync(600);
    scheduler.schedule(p1);
    await vi.advanceTimersByTimeAsync(600);
    expect(writeBackup).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(() => expect(writeBackup).toHaveBeenCalledTimes(1));
    const request = writeBackup.mock.calls[0]?.[0];
    expect(request?.projectId).toBe(p1);
    const file = JSON.parse(request?.content ?? '{}');
    expect(file.format).toBe('marginalia-exchange');
    expect(file.documents[0].text).toBe('Some text.');
    expect(errors).toEqual([]);

    // A refused write reaches the user through onError.
    writeBackup.mockResolvedValueOnce({ ok: false, error: { code: 'io', message: 'Disk full' } });
    scheduler.schedule(p1);
    await vi.advanceTimersByTimeAsync(1100);
    await vi.waitFor(() => expect(errors).toEqual(['Disk full']));
  });
});
