import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile, ParseOutcome } from '../../core/corpus/parse-outcome';
import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { MAX_BACKUP_BYTES } from '../../shared/ipc/schemas';
import { tempDirsPerTest } from '../files/test-temp-dir';
import {
  createIpcHandlers,
  registerIpcHandlers,
  type IpcDependencies,
} from './create-ipc-handlers';
import type { IpcHandler } from './define-handler';
import { fakeDialogs } from './fake-dialogs';
import { createTeamFolderHandlers } from '../team-folder/team-folder-handlers';
import { createTeamFolderLinks } from '../team-folder/team-folder-links';

const tempDir = tempDirsPerTest();
const ours = { senderFrame: { url: 'app://marginalia/index.html' } };
const projectId = '01890a5d-ac96-774b-bcce-b302099a8057';
const filters = [{ name: 'Marginalia project', extensions: ['json'] }];

const echoParser = async (input: InputFile): Promise<ParseOutcome> => ({
  ok: false,
  fileName: input.name,
  error: `parsed ${new TextDecoder().decode(input.bytes)}`,
});

function handlers(overrides: Partial<IpcDependencies> = {}) {
  const dialogs = fakeDialogs({});
  const deps: IpcDependencies = {
    trusted: {},
    dialogs,
    parseFile: echoParser,
    backupsRoot: '/nonexistent/backups',
    teamFolders: createTeamFolderHandlers({
      links: createTeamFolderLinks('/nonexistent/team-folders.json'),
      pickFolder: (event) => dialogs.pickTeamFolder(event),
      notifyChange: () => undefined,
      now: () => new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
    }),
    now: () => new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
    ...overrides,
  };
  return { ...createIpcHandlers(deps), dialogs: deps.dialogs as ReturnType<typeof fakeDialogs> };
}

/** Bytes that say they are one byte over the backup bound (without allocating 512 MiB). */
function oversized(): Uint8Array {
  const bytes = new Uint8Array(1);
  Object.defineProperty(bytes, 'byteLength', { get: () => MAX_BACKUP_BYTES + 1 });
  return bytes;
}

describe('every IPC handler', () => {
  it('is registered on its channel', () => {
    const registered: string[] = [];
    const { dialogs: _dialogs, ...byChannel } = handlers();
    registerIpcHandlers({ handle: (channel) => registered.push(channel) }, byChannel);
    expect(registered.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('refuses callers that are not our window, before touching dialogs or disk', async () => {
    const h = handlers({ dialogs: fakeDialogs({ files: ['/etc/passwd'] }) });
    const validArgs: Record<string, unknown[]> = {
      [IPC_CHANNELS.openDocuments]: ['files'],
      [IPC_CHANNELS.saveFile]: [{ suggestedName: 'a.json', content: 'x', filters }],
      [IPC_CHANNELS.openTextFile]: [{ filters }],
      [IPC_CHANNELS.openFile]: [{ filters }],
      [IPC_CHANNELS.writeBackup]: [{ projectId, content: new Uint8Array([120]) }],
      [IPC_CHANNELS.listBackups]: [{ projectId }],
      [IPC_CHANNELS.readBackup]: [{ projectId, fileName: '20250102-030405.marginalia.json' }],
      [IPC_CHANNELS.linkTeamFolder]: [{ projectId }],
      [IPC_CHANNELS.unlinkTeamFolder]: [{ projectId }],
      [IPC_CHANNELS.watchTeamFolder]: [{ projectId }],
      [IPC_CHANNELS.listTeamFiles]: [{ projectId }],
      [IPC_CHANNELS.readTeamFile]: [{ projectId, fileName: 'marginalia-bo-11112222.json' }],
      [IPC_CHANNELS.writeTeamFile]: [{ projectId, coder: { id: 'c1', name: 'Ada' }, content: 'x' }],
    };
    for (const channel of Object.values(IPC_CHANNELS)) {
      const handler = h[channel] as IpcHandler;
      for (const event of [
        { senderFrame: { url: 'https://evil.example/' } },
        { senderFrame: null },
        {},
      ]) {
        const result = await handler(event, ...(validArgs[channel] ?? []));
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
      }
    }
    expect(h.dialogs.calls).toEqual([]);
  });

  it('answers invalid-argument for malformed arguments, naming the call', async () => {
    const h = handlers();
    const cases: [string, unknown[]][] = [
      [IPC_CHANNELS.openDocuments, []],
      [IPC_CHANNELS.openDocuments, ['everything']],
      [IPC_CHANNELS.openDocuments, ['files', 'extra']],
      [IPC_CHANNELS.saveFile, [{ suggestedName: '../../.bashrc', content: 'x', filters }]],
      [IPC_CHANNELS.saveFile, [{ suggestedName: 'a.json', content: 42, filters }]],
      [
        IPC_CHANNELS.saveFile,
        [
          {
            suggestedName: 'a.json',
            content: 'x',
            filters: [{ name: 'x', extensions: ['.json'] }],
          },
        ],
      ],
      [
        IPC_CHANNELS.saveFile,
        [{ suggestedName: 'a.json', content: 'x', filters, path: '/etc/passwd' }],
      ],
      [IPC_CHANNELS.openTextFile, [null]],
      [IPC_CHANNELS.writeBackup, [{ projectId: '../../etc', content: new Uint8Array([120]) }]],
      // A backup is bytes, never text, and bounded.
      [IPC_CHANNELS.writeBackup, [{ projectId, content: '{"v":1}' }]],
      [IPC_CHANNELS.writeBackup, [{ projectId, content: oversized() }]],
      [IPC_CHANNELS.listBackups, [{ projectId: 'abc' }]],
      [
        IPC_CHANNELS.readBackup,
        [{ projectId, fileName: '../other/20250102-030405.marginalia.json' }],
      ],
      [IPC_CHANNELS.readBackup, [{ projectId, fileName: 'notes.txt' }]],
      [IPC_CHANNELS.linkTeamFolder, [{ projectId, path: '/etc' }]],
      [IPC_CHANNELS.listTeamFiles, [{ projectId: '../..' }]],
      [IPC_CHANNELS.readTeamFile, [{ projectId, fileName: '../marginalia-bo-11112222.json' }]],
      [IPC_CHANNELS.readTeamFile, [{ projectId, fileName: 'notes.txt' }]],
      [
        IPC_CHANNELS.writeTeamFile,
        [{ projectId, coder: { id: 'c1', name: 'Ada' }, content: 'x', fileName: 'a.json' }],
      ],
      [IPC_CHANNELS.writeTeamFile, [{ projectId, coder: { id: 'c1', name: 'Ada' }, content: 1 }]],
    ];
    for (const [channel, args] of cases) {
      const result = await (h[channel as keyof typeof h] as IpcHandler)(ours, ...args);
      expect(result, `${channel} ${JSON.stringify(args)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
      if (!result.ok) expect(result.error.message).toMatch(/^Invalid arguments for \w+/);
    }
    expect(h.dialogs.calls).toEqual([]);
  });

  it('turns an unexpected exception into an error result instead of throwing', async () => {
    const throwing = fakeDialogs({});
    throwing.pickDocumentFiles = async () => {
      throw new Error('dialog exploded');
    };
    const h = handlers({ dialogs: throwing });
    const result = await h[IPC_CHANNELS.openDocuments](ours, 'files');
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).toMatch(/dialog exploded/);
  });
});

describe('openDocuments handler', () => {
  it('answers null when the dialog is cancelled', async () => {
    const h = handlers();
    expect(await h[IPC_CHANNELS.openDocuments](ours, 'files')).toEqual({ ok: true, value: null });
    expect(await h[IPC_CHANNELS.openDocuments](ours, 'folder')).toEqual({ ok: true, value: null });
  });

  it('reads a picked folder, names files by relative path, and reports an over-full folder', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'sub'));
    await writeFile(join(root, 'sub', 'a.txt'), 'A');
    await writeFile(join(root, 'b.md'), 'B');
    await writeFile(join(root, 'c.md'), 'C');
    const h = handlers({ dialogs: fakeDialogs({ folder: root }) });
    const result = await h[IPC_CHANNELS.openDocuments](ours, 'folder');
    expect(
      result.ok && (result.value as ParseOutcome[]).map((o) => !o.ok && [o.fileName, o.error]),
    ).toEqual([
      ['b.md', 'parsed B'],
      ['c.md', 'parsed C'],
      ['sub/a.txt', 'parsed A'],
    ]);
    const capped = handlers({ dialogs: fakeDialogs({ folder: root }), maxFolderDocuments: 2 });
    const refused = await capped[IPC_CHANNELS.openDocuments](ours, 'folder');
    expect(refused).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/more than 2 documents/);
  });

  it('tells the user when a folder has no documents', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'photo.jpg'), 'x');
    const h = handlers({ dialogs: fakeDialogs({ folder: root }) });
    const result = await h[IPC_CHANNELS.openDocuments](ours, 'folder');
    expect(result.ok && result.value).toMatchObject([
      { ok: false, error: expect.stringMatching(/No documents/) },
    ]);
  });
});

describe('saveFile and openTextFile handlers', () => {
  it('writes to the chosen path, and reports a write failure as io naming the path', async () => {
    const dir = await tempDir();
    const h = handlers({ dialogs: fakeDialogs({ savePath: join(dir, 'out.json') }) });
    const saved = await h[IPC_CHANNELS.saveFile](ours, {
      suggestedName: 'p.json',
      content: '{"a":1}',
      filters,
    });
    expect(saved).toEqual({ ok: true, value: { saved: true, path: join(dir, 'out.json') } });
    expect(await readFile(join(dir, 'out.json'), 'utf8')).toBe('{"a":1}');
    expect(h.dialogs.calls).toEqual([{ kind: 'save', suggestedName: 'p.json', filters }]);

    const bad = handlers({ dialogs: fakeDialogs({ savePath: join(dir, 'missing', 'x.json') }) });
    const failed = await bad[IPC_CHANNELS.saveFile](ours, {
      suggestedName: 'x.json',
      content: 'x',
      filters,
    });
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('missing') },
    });
  });

  it('writes bytes as they are (REFI-QDA archives, workbooks)', async () => {
    const dir = await tempDir();
    const h = handlers({ dialogs: fakeDialogs({ savePath: join(dir, 'out.qdpx') }) });
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0xfe]);
    const saved = await h[IPC_CHANNELS.saveFile](ours, {
      suggestedName: 'p.qdpx',
      content: bytes,
      filters,
    });
    expect(saved).toMatchObject({ ok: true, value: { saved: true } });
    expect(new Uint8Array(await readFile(join(dir, 'out.qdpx')))).toEqual(bytes);
  });

  it('reads the chosen file as bytes', async () => {
    const dir = await tempDir();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    await writeFile(join(dir, 'p.qdpx'), bytes);
    const h = handlers({ dialogs: fakeDialogs({ textFile: join(dir, 'p.qdpx') }) });
    const opened = (await h[IPC_CHANNELS.openFile](ours, { filters })) as {
      ok: boolean;
      value: { name: string; bytes: Uint8Array };
    };
    expect(opened).toMatchObject({ ok: true, value: { name: 'p.qdpx' } });
    expect(new Uint8Array(opened.value.bytes)).toEqual(bytes);
    expect(await handlers()[IPC_CHANNELS.openFile](ours, { filters })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('answers saved: false when the save dialog is cancelled', async () => {
    const h = handlers();
    expect(
      await h[IPC_CHANNELS.saveFile](ours, { suggestedName: 'p.json', content: 'x', filters }),
    ).toEqual({
      ok: true,
      value: { saved: false },
    });
  });

  it('reads the chosen text file, refusing one over the cap', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'codebook.qdc'), '<CodeBook/>');
    const h = handlers({ dialogs: fakeDialogs({ textFile: join(dir, 'codebook.qdc') }) });
    expect(await h[IPC_CHANNELS.openTextFile](ours, { filters })).toEqual({
      ok: true,
      value: { name: 'codebook.qdc', content: '<CodeBook/>' },
    });
    const capped = handlers({
      dialogs: fakeDialogs({ textFile: join(dir, 'codebook.qdc') }),
      maxTextFileBytes: 5,
    });
    expect(await capped[IPC_CHANNELS.openTextFile](ours, { filters })).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/cannot be opened/) },
    });
  });
});

describe('backup handlers', () => {
  it('write, list and read back a backup in <backupsRoot>/<projectId>', async () => {
    const root = await tempDir();
    const h = handlers({ backupsRoot: root });
    const written = await h[IPC_CHANNELS.writeBackup](ours, {
      projectId,
      content: new TextEncoder().encode('{"v":1}'),
    });
    expect(written).toEqual({ ok: true, value: { fileName: '20250102-030405.marginalia.json' } });
    expect(await readFile(join(root, projectId, '20250102-030405.marginalia.json'), 'utf8')).toBe(
      '{"v":1}',
    );
    expect(await h[IPC_CHANNELS.listBackups](ours, { projectId })).toEqual({
      ok: true,
      value: [
        {
          fileName: '20250102-030405.marginalia.json',
          createdAt: '2025-01-02T03:04:05Z',
          byteSize: 7,
        },
      ],
    });
    const missing = await h[IPC_CHANNELS.readBackup](ours, {
      projectId,
      fileName: '20200101-000000.marginalia.json',
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringMatching(/no longer exists/) },
    });
  });
});
