import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupCreatedAt,
  backupFileName,
  listBackups,
  projectBackupDir,
  readBackup,
  writeBackup,
} from './backup-store';
import { tempDirsPerTest } from './test-temp-dir';

const tempDir = tempDirsPerTest();
/** Text as the UTF-8 bytes the exchange worker hands over. */
const utf8 = (text: string) => new TextEncoder().encode(text);
const at = (seconds: number) => new Date(Date.UTC(2025, 0, 31, 23, 59, 0) + seconds * 1000);

describe('backup file names', () => {
  it('are YYYYMMDD-HHMMSS in UTC and read back as the same instant', () => {
    const date = new Date(Date.UTC(2025, 2, 4, 5, 6, 7));
    expect(backupFileName(date)).toBe('20250304-050607.marginalia.json');
    expect(backupCreatedAt(backupFileName(date))).toBe('2025-03-04T05:06:07Z');
    expect(new Date(backupCreatedAt(backupFileName(date))).getTime()).toBe(date.getTime());
  });
});

describe('projectBackupDir', () => {
  it('accepts a UUID and refuses anything that could name another folder', () => {
    const id = '01890a5d-ac96-774b-bcce-b302099a8057';
    expect(projectBackupDir('/data/backups', id)).toBe(join('/data/backups', id));
    for (const bad of ['..', '../x', '', 'a/b', `${id}/..`, `${id}\0`, 'not-a-uuid']) {
      expect(() => projectBackupDir('/data/backups', bad), bad).toThrow(/Not a project id/);
    }
  });
});

describe('rolling backups', () => {
  it('keeps only the newest N and lists them newest first', async () => {
    const dir = join(await tempDir(), 'project');
    for (let i = 0; i < 7; i++) await writeBackup(dir, utf8(`state ${i}`), at(i * 61), 5);
    const listed = await listBackups(dir);
    expect(listed).toHaveLength(5);
    expect(listed.map((b) => b.fileName)).toEqual(
      [6, 5, 4, 3, 2].map((i) => backupFileName(at(i * 61))),
    );
    expect(await readBackup(dir, listed[0]!.fileName)).toBe('state 6');
    expect(await readBackup(dir, listed[4]!.fileName)).toBe('state 2');
    expect(listed[0]?.byteSize).toBe('state 6'.length);
    expect(listed[0]?.createdAt).toBe(backupCreatedAt(listed[0]!.fileName));
  });

  it('orders by time across a day and year boundary', async () => {
    const dir = await tempDir();
    await writeBackup(dir, utf8('late'), new Date(Date.UTC(2025, 11, 31, 23, 59, 59)));
    await writeBackup(dir, utf8('early'), new Date(Date.UTC(2026, 0, 1, 0, 0, 0)));
    expect((await listBackups(dir)).map((b) => b.createdAt)).toEqual([
      '2026-01-01T00:00:00Z',
      '2025-12-31T23:59:59Z',
    ]);
  });

  it('replaces a backup made in the same second with the later content', async () => {
    const dir = await tempDir();
    await writeBackup(dir, utf8('first'), at(0));
    await writeBackup(dir, utf8('second'), at(0));
    const listed = await listBackups(dir);
    expect(listed).toHaveLength(1);
    expect(await readBackup(dir, listed[0]!.fileName)).toBe('second');
  });

  it('ignores other files in the folder, leaves no temporary files, and never deletes foreign files', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), 'mine');
    for (let i = 0; i < 3; i++) await writeBackup(dir, utf8('x'), at(i), 2);
    expect((await readdir(dir)).sort()).toEqual(
      [backupFileName(at(1)), backupFileName(at(2)), 'notes.txt'].sort(),
    );
    expect((await listBackups(dir)).map((b) => b.fileName)).not.toContain('notes.txt');
  });

  it('lists nothing for a project never backed up, and refuses names outside the pattern', async () => {
    const dir = join(await tempDir(), 'never');
    expect(await listBackups(dir)).toEqual([]);
    await expect(readBackup(dir, '../secret.marginalia.json')).rejects.toThrow(
      /Not a backup file name/,
    );
  });
});

describe('backups as bytes', () => {
  it('writes the bytes as they are and reads them back as the same text', async () => {
    const dir = await tempDir();
    const text = '{"memo": "émoji 🎉, “quotes”, \u2028"}\n';
    const { fileName } = await writeBackup(dir, utf8(text), at(0));
    expect(await readFile(join(dir, fileName))).toEqual(Buffer.from(text, 'utf8'));
    expect(await readBackup(dir, fileName)).toBe(text);
    expect((await listBackups(dir))[0]?.byteSize).toBe(utf8(text).byteLength);
  });

  it('still lists and reads a backup an older version wrote from a string', async () => {
    const dir = await tempDir();
    const old = backupFileName(at(0));
    // Older versions sent the text over IPC and main wrote it as UTF-8: the same file.
    await writeFile(join(dir, old), '{"format": "marginalia-exchange", "name": "Ünïcode"}', 'utf8');
    await writeBackup(dir, utf8('{"new": true}'), at(61));
    expect((await listBackups(dir)).map((b) => b.fileName)).toEqual([backupFileName(at(61)), old]);
    expect(await readBackup(dir, old)).toBe('{"format": "marginalia-exchange", "name": "Ünïcode"}');
  });
});
