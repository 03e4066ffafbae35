import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesToRead, type SeenTeamFile } from '../../core/team-folder/file-changes';
import { teamFileName, teammateFileNames } from '../../core/team-folder/team-file-name';
import { tempDirsPerTest } from '../files/test-temp-dir';
import { createTeamFolderHandlers, type TeamFolderDependencies } from './team-folder-handlers';
import { createTeamFolderLinks } from './team-folder-links';

const tempDir = tempDirsPerTest();
const projectId = '01890a5d-ac96-774b-bcce-b302099a8057';
const ada = { id: '019a1b2c-3d4e-7f00-8a1b-2c3d4e5f6a7b', name: 'Ada' };
const bo = { id: '019a1b2c-3d4e-7f00-9999-000011112222', name: 'Bo' };
const event = { senderFrame: { url: 'app://marginalia/index.html' } };

/** Two coders' workbenches (two user-data folders) sharing one team folder. */
async function setup(overrides: Partial<TeamFolderDependencies> = {}) {
  const shared = await tempDir();
  const profile = await tempDir();
  const changes: string[] = [];
  const make = (userData: string) =>
    createTeamFolderHandlers({
      links: createTeamFolderLinks(join(userData, 'team-folders.json')),
      pickFolder: async () => shared,
      notifyChange: (id) => changes.push(id),
      now: () => new Date(Date.UTC(2026, 0, 1)),
      ...overrides,
    });
  return { shared, profile, changes, make, handlers: make(profile) };
}

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('team folder in the desktop shell', () => {
  it('links a picked folder per project and remembers it across restarts', async () => {
    const { shared, profile, make, handlers } = await setup();
    expect(value(await handlers.watch({ projectId }))).toBeNull();
    const linked = value(await handlers.link(event, { projectId }));
    expect(linked).toMatchObject({ path: shared, linkedAt: '2026-01-01T00:00:00.000Z' });
    handlers.close();
    const restarted = make(profile);
    expect(value(await restarted.watch({ projectId }))).toMatchObject({ path: shared });
    expect(value(await restarted.unlink({ projectId }))).toBeNull();
    expect(value(await restarted.watch({ projectId }))).toBeNull();
    const refused = await restarted.list({ projectId });
    expect(refused).toMatchObject({ ok: false, error: { message: /not linked/ } });
    restarted.close();
  });

  it('a cancelled dialog links nothing', async () => {
    const { handlers } = await setup({ pickFolder: async () => null });
    expect(value(await handlers.link(event, { projectId }))).toBeNull();
    expect(value(await handlers.watch({ projectId }))).toBeNull();
  });

  it('two coders each write their own file atomically and read only the other’s', async () => {
    const { shared, make } = await setup();
    const adaSide = make(await tempDir());
    const boSide = make(await tempDir());
    value(await adaSide.link(event, { projectId }));
    value(await boSide.link(event, { projectId }));
    await writeFile(join(shared, 'notes.txt'), 'not a team file');
    expect(value(await adaSide.write({ projectId, coder: ada, content: '{"v":"ada 1"}' }))).toEqual(
      { fileName: teamFileName(ada) },
    );
    value(await boSide.write({ projectId, coder: bo, content: '{"v":"bo 1"}' }));
    // Rewriting replaces the file whole, leaving no temporary file behind.
    value(await adaSide.write({ projectId, coder: ada, content: '{"v":"ada 2"}' }));
    expect((await readdir(shared)).sort()).toEqual(
      ['notes.txt', teamFileName(ada), teamFileName(bo)].sort(),
    );

    const listed = value(await adaSide.list({ projectId }));
    expect(listed.map((f) => f.name)).toEqual([teamFileName(ada), teamFileName(bo)].sort());
    const theirs = teammateFileNames(
      listed.map((f) => f.name),
      ada.id,
    );
    expect(theirs).toEqual([teamFileName(bo)]);
    expect(value(await adaSide.read({ projectId, fileName: teamFileName(bo) }))).toEqual({
      content: '{"v":"bo 1"}',
    });
    expect(await readFile(join(shared, teamFileName(ada)), 'utf8')).toBe('{"v":"ada 2"}');
    adaSide.close();
    boSide.close();
  });

  it('sees a teammate’s file change: the watcher tells the renderer, the listing shows it moved', async () => {
    const { shared, changes, handlers } = await setup();
    value(await handlers.link(event, { projectId }));
    const boFile = join(shared, teamFileName(bo));
    await writeFile(boFile, '{"v":1}');
    const first = value(await handlers.list({ projectId }));
    const seen = new Map<string, SeenTeamFile>(
      first.map((f) => [f.name, { ...f, contentHash: '1' }]),
    );
    expect(filesToRead(first, seen)).toEqual([]);
    changes.length = 0;

    await new Promise((resolve) => setTimeout(resolve, 20));
    await writeFile(boFile, '{"v":2, "more": true}');
    await expect.poll(() => changes, { timeout: 5000 }).toContain(projectId);
    const second = value(await handlers.list({ projectId }));
    expect(filesToRead(second, seen).map((f) => f.name)).toEqual([teamFileName(bo)]);
    handlers.close();
  });

  it('watches only the open project’s folder', async () => {
    const watched: string[] = [];
    const closed: string[] = [];
    const { handlers } = await setup({
      watchFolder: (folder) => {
        watched.push(folder);
        // A stand-in watcher: FSWatcher's overloaded `on` returns the watcher, which this need not be.
        return { close: () => void closed.push(folder), on: () => undefined } as never;
      },
    });
    const other = '01890a5d-ac96-774b-bcce-b302099a8058';
    value(await handlers.link(event, { projectId }));
    value(await handlers.link(event, { projectId: other }));
    expect(watched).toHaveLength(2);
    expect(closed).toHaveLength(1);
    value(await handlers.watch({ projectId: other }));
    expect(watched).toHaveLength(2);
    handlers.close();
    expect(closed).toHaveLength(2);
  });

  it('ignores changes to files that are not team files', async () => {
    const { shared, changes, handlers } = await setup();
    value(await handlers.link(event, { projectId }));
    await writeFile(join(shared, 'notes.txt'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(changes).toEqual([]);
    handlers.close();
  });

  it('never reads through a link, a folder or a file over the size cap', async () => {
    const { shared, handlers } = await setup({ maxFileBytes: 10 });
    value(await handlers.link(event, { projectId }));
    const outside = await tempDir();
    await writeFile(join(outside, 'secret.json'), '{}');
    await symlink(join(outside, 'secret.json'), join(shared, 'marginalia-eve-0000aaaa.json'));
    await mkdir(join(shared, 'marginalia-dir-0000bbbb.json'));
    await writeFile(join(shared, teamFileName(bo)), '{"much": "too long"}');
    expect(value(await handlers.list({ projectId })).map((f) => f.name)).toEqual([
      teamFileName(bo),
    ]);
    const viaLink = await handlers.read({ projectId, fileName: 'marginalia-eve-0000aaaa.json' });
    expect(viaLink).toMatchObject({ ok: false, error: { message: /never links/ } });
    const big = await handlers.read({ projectId, fileName: teamFileName(bo) });
    expect(big).toMatchObject({ ok: false, error: { message: /cannot be opened/ } });
    const notTeam = await handlers.read({ projectId, fileName: '../secret.json' });
    expect(notTeam).toMatchObject({ ok: false, error: { message: /Not a team file name/ } });
    handlers.close();
  });

  it('says which folder could not be read when it has gone away', async () => {
    const { handlers } = await setup({ pickFolder: async () => '/nonexistent/team' });
    const result = await handlers.link(event, { projectId });
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Could not read /nonexistent/team: it does not exist (any more).' },
    });
  });

  it('refuses to overwrite a damaged links file', async () => {
    const { profile, handlers } = await setup();
    await writeFile(join(profile, 'team-folders.json'), '{ not json');
    const result = await handlers.link(event, { projectId }).catch((e: Error) => e);
    expect(String(result)).toMatch(/team-folders\.json is damaged/);
    expect(await readFile(join(profile, 'team-folders.json'), 'utf8')).toBe('{ not json');
  });
});
