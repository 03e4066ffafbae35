import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFile } from '../core/corpus/parse-file';
import {
  FLUSH_DONE_CHANNEL,
  FLUSH_REQUEST_CHANNEL,
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
} from '../shared/ipc/channels';
import type { MarginaliaBridge, MenuCommand } from '../shared/ipc/contract';
import { tempDirsPerTest } from '../main/files/test-temp-dir';
import { createIpcHandlers } from '../main/ipc/create-ipc-handlers';
import type { IpcEventLike, IpcHandler } from '../main/ipc/define-handler';
import { fakeDialogs } from '../main/ipc/fake-dialogs';
import { createTeamFolderHandlers } from '../main/team-folder/team-folder-handlers';
import { createTeamFolderLinks } from '../main/team-folder/team-folder-links';
import { flushDoneHandler } from '../main/window-close/flush-done-handler';
import { createFlushRequests } from '../main/window-close/flush-requests';
import { createBridge, type Invoke, type Subscribe } from './create-bridge';

const tempDir = tempDirsPerTest();
const projectId = '01890a5d-ac96-774b-bcce-b302099a8057';

/** A tiny stand-in for Electron's IPC: structured-clones both ways, like the real one. */
function wire(handlers: Record<string, IpcHandler>, event: IpcEventLike) {
  const calls: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const invoke: Invoke = async (channel, ...args) => {
    calls.push({ channel, args });
    const handler = handlers[channel];
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await handler(event, ...structuredClone(args)));
  };
  const subscribe: Subscribe = (channel, listener) => {
    const set = listeners.get(channel) ?? new Set();
    listeners.set(channel, set);
    set.add(listener);
    return () => set.delete(listener);
  };
  const send = (channel: string, ...args: unknown[]) =>
    listeners.get(channel)?.forEach((l) => l(...args));
  return { calls, invoke, subscribe, send };
}

function desktop(
  options: {
    folder?: string;
    files?: string[];
    savePath?: string;
    textFile?: string;
    backupsRoot?: string;
    senderUrl?: string;
  } = {},
) {
  const dialogs = fakeDialogs(options);
  const handlers = createIpcHandlers({
    trusted: {},
    dialogs,
    parseFile,
    backupsRoot: options.backupsRoot ?? '/nonexistent',
    teamFolders: createTeamFolderHandlers({
      links: createTeamFolderLinks('/nonexistent/team-folders.json'),
      pickFolder: (event) => dialogs.pickTeamFolder(event),
      notifyChange: () => undefined,
      now: () => new Date(Date.UTC(2025, 5, 6, 7, 8, 9)),
    }),
    now: () => new Date(Date.UTC(2025, 5, 6, 7, 8, 9)),
  });
  const ipc = wire(handlers, {
    senderFrame: { url: options.senderUrl ?? 'app://marginalia/index.html' },
  });
  const bridge: MarginaliaBridge = createBridge(ipc.invoke, ipc.subscribe);
  return { bridge, dialogs, ipc };
}

describe('preload bridge ↔ main handlers (the contract end to end, no Electron runtime)', () => {
  it('exposes exactly the contract methods, frozen', () => {
    const { bridge } = desktop();
    expect(Object.keys(bridge).sort()).toEqual(
      [
        ...Object.keys(IPC_CHANNELS),
        'onMenuCommand',
        'onFlushRequest',
        'onTeamFolderChange',
      ].sort(),
    );
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('openDocuments(folder) reaches the handler and comes back as parsed documents', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'interviews'));
    await writeFile(join(root, 'interviews', 'anna.txt'), 'First paragraph.\r\n\r\nSecond.');
    await writeFile(join(root, 'notes.md'), '# Notes\n\nSome *emphasis*.');
    await writeFile(join(root, 'empty.txt'), '');
    const { bridge, ipc, dialogs } = desktop({ folder: root });
    const result = await bridge.openDocuments('folder');
    expect(ipc.calls).toEqual([{ channel: IPC_CHANNELS.openDocuments, args: ['folder'] }]);
    expect(dialogs.calls).toEqual([{ kind: 'folder' }]);
    if (!result.ok || !result.value)
      throw new Error(`expected documents, got ${JSON.stringify(result)}`);
    const [empty, anna, notes] = result.value;
    expect(empty).toMatchObject({ ok: false, path: join(root, 'empty.txt') });
    expect(anna).toMatchObject({
      ok: true,
      document: {
        text: 'First paragraph.\n\nSecond.',
        format: 'txt',
        sourcePath: join(root, 'interviews', 'anna.txt'),
      },
    });
    expect(notes).toMatchObject({ ok: true, document: { format: 'md' } });
    expect(notes?.ok && notes.document.text).not.toContain('*');
  });

  it('openDocuments(files) passes the picked paths through', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), 'alpha');
    const { bridge } = desktop({ files: [join(dir, 'a.txt'), join(dir, 'gone.txt')] });
    const result = await bridge.openDocuments('files');
    expect(result.ok && result.value?.map((o) => o.ok)).toEqual([true, false]);
  });

  it('saveFile, openTextFile and the backup calls carry their requests to main', async () => {
    const dir = await tempDir();
    const { bridge, ipc, dialogs } = desktop({
      savePath: join(dir, 'export.json'),
      textFile: join(dir, 'export.json'),
      backupsRoot: dir,
    });
    const filters = [{ name: 'Marginalia project', extensions: ['json'] }];
    expect(
      await bridge.saveFile({ suggestedName: 'project.json', content: '{"x":1}', filters }),
    ).toEqual({
      ok: true,
      value: { saved: true, path: join(dir, 'export.json') },
    });
    expect(await bridge.openTextFile({ filters })).toEqual({
      ok: true,
      value: { name: 'export.json', content: '{"x":1}' },
    });
    expect(
      await bridge.writeBackup({ projectId, content: new TextEncoder().encode('backup') }),
    ).toEqual({
      ok: true,
      value: { fileName: '20250606-070809.marginalia.json' },
    });
    const listed = await bridge.listBackups({ projectId });
    expect(listed.ok && listed.value.map((b) => b.fileName)).toEqual([
      '20250606-070809.marginalia.json',
    ]);
    expect(
      await bridge.readBackup({ projectId, fileName: '20250606-070809.marginalia.json' }),
    ).toEqual({
      ok: true,
      value: { content: 'backup' },
    });
    expect(ipc.calls.map((c) => c.channel)).toEqual([
      IPC_CHANNELS.saveFile,
      IPC_CHANNELS.openTextFile,
      IPC_CHANNELS.writeBackup,
      IPC_CHANNELS.listBackups,
      IPC_CHANNELS.readBackup,
    ]);
    expect(ipc.calls[0]?.args).toEqual([
      { suggestedName: 'project.json', content: '{"x":1}', filters },
    ]);
    expect(dialogs.calls.map((c) => c.kind)).toEqual(['save', 'open-text']);
  });

  it('bad arguments from the renderer come back as invalid-argument results, not exceptions', async () => {
    const { bridge } = desktop();
    // Deliberately wrong at run time, as a compromised or buggy renderer could send.
    const sneaky = bridge.readBackup as (
      request: unknown,
    ) => ReturnType<MarginaliaBridge['readBackup']>;
    expect(await sneaky({ projectId: '../..', fileName: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('a page from another origin gets bad-sender through the same bridge', async () => {
    const { bridge, dialogs } = desktop({
      senderUrl: 'https://evil.example/',
      files: ['/etc/passwd'],
    });
    expect(await bridge.openDocuments('files')).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
    expect(dialogs.calls).toEqual([]);
  });

  it('a failed invoke becomes an internal error result', async () => {
    const bridge = createBridge(
      async () => {
        throw new Error("No handler registered for 'marginalia:save-file'");
      },
      () => () => undefined,
    );
    expect(await bridge.saveFile({ suggestedName: 'a', content: '', filters: [] })).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/No handler registered/) },
    });
  });

  it('delivers known menu commands, drops unknown ones, and unsubscribes', () => {
    const { bridge, ipc } = desktop();
    const received: MenuCommand[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    ipc.send(MENU_COMMAND_CHANNEL, 'find');
    ipc.send(MENU_COMMAND_CHANNEL, 'format-disk');
    ipc.send(MENU_COMMAND_CHANNEL, { command: 'find' });
    ipc.send('some-other-channel', 'undo');
    unsubscribe();
    ipc.send(MENU_COMMAND_CHANNEL, 'undo');
    expect(received).toEqual(['find']);
  });

  it('a window close asks the renderer to flush and hears back once its writes have ended', async () => {
    const requests = createFlushRequests({ timeoutMs: 5_000 });
    const handlers = {
      [FLUSH_DONE_CHANNEL]: flushDoneHandler(
        (url) => url === 'app://marginalia/index.html',
        (token) => requests.done(token),
      ),
    };
    // The flush-done handler answers nothing; the bridge ignores the answer.
    const ipc = wire(handlers as unknown as Record<string, IpcHandler>, {
      senderFrame: { url: 'app://marginalia/index.html' },
    });
    const bridge = createBridge(ipc.invoke, ipc.subscribe);
    const written: string[] = [];
    bridge.onFlushRequest(async () => {
      await new Promise((r) => setTimeout(r, 10));
      written.push('memo');
    });
    const outcome = await requests.request((token) => ipc.send(FLUSH_REQUEST_CHANNEL, token));
    expect(outcome).toBe('flushed');
    expect(written).toEqual(['memo']);
  });
});

describe('preload entry (src/preload/index.ts) with a mocked electron module', () => {
  afterEach(() => {
    vi.doUnmock('electron');
    vi.resetModules();
  });

  it('exposes only window.marginalia, wired to ipcRenderer.invoke and .on', async () => {
    const exposed = new Map<string, unknown>();
    const invoke = vi.fn(async () => ({ ok: true, value: null }));
    const on = vi.fn();
    const removeListener = vi.fn();
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke, on, removeListener },
    }));
    await import('./index');
    expect([...exposed.keys()]).toEqual(['marginalia']);
    const bridge = exposed.get('marginalia') as MarginaliaBridge;
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');

    await bridge.openDocuments('files');
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.openDocuments, 'files');

    const listener = vi.fn();
    const unsubscribe = bridge.onMenuCommand(listener);
    expect(on).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, expect.any(Function));
    const wrapped = on.mock.calls[0]?.[1] as (event: unknown, ...args: unknown[]) => void;
    wrapped({ sender: 'ipcRenderer itself' }, 'zoom-in');
    expect(listener).toHaveBeenCalledWith('zoom-in');
    expect(listener.mock.calls[0]).toHaveLength(1); // the event (and its sender) never reaches the page
    unsubscribe();
    expect(removeListener).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, wrapped);
  });
});
