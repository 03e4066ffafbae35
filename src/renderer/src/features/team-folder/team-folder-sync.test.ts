import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../../core/changes/change-set';
import type { TeamFileStamp } from '../../../../core/team-folder/file-changes';
import { teamFileName } from '../../../../core/team-folder/team-file-name';
import type { TeamFolderAccess } from '../../platform/platform';
import type { TeamFolderHost, TeammateMerge } from './team-folder-host';
import { createTeamFolderSync } from './team-folder-sync';

const projectId = 'p1';
const ada = { id: '019a1b2c-3d4e-7f00-8a1b-2c3d4e5f6a7b', name: 'Ada' };
const bo = { id: '019a1b2c-3d4e-7f00-9999-000011112222', name: 'Bo' };
const cy = { id: '019a1b2c-3d4e-7f00-9999-0000cccccccc', name: 'Cy' };

/** A folder in memory, with a clock for modification times and a log of writes. */
function memoryFolder() {
  const files = new Map<string, { text: string; modifiedAt: number }>();
  const writes: string[] = [];
  const changeListeners = new Set<(id: string) => void>();
  let clock = 1;
  let linked = false;
  let writing = 0;
  let overlapping = false;
  const access: TeamFolderAccess = {
    link: async () => ((linked = true), { folderName: 'team', ready: true }),
    unlink: async () => void (linked = false),
    open: async () => (linked ? { folderName: 'team', ready: true } : null),
    reconnect: async () => ({ folderName: 'team', ready: true }),
    list: async (): Promise<TeamFileStamp[]> =>
      [...files].map(([name, f]) => ({ name, size: f.text.length, modifiedAt: f.modifiedAt })),
    read: async (_p, name) => {
      const file = files.get(name);
      if (!file) throw new Error(`${name} is gone`);
      return file.text;
    },
    writeOwn: async (_p, coder, content) => {
      if (writing > 0) overlapping = true;
      writing++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      const name = teamFileName(coder);
      files.set(name, { text: content, modifiedAt: clock++ });
      writes.push(name);
      writing--;
      return name;
    },
    onChange: (listener) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
  };
  return {
    access,
    files,
    writes,
    overlapping: () => overlapping,
    put: (name: string, text: string) => files.set(name, { text, modifiedAt: clock++ }),
    touch: (name: string) => {
      const f = files.get(name);
      if (f) f.modifiedAt = clock++;
    },
    changed: () => changeListeners.forEach((l) => l(projectId)),
    link: () => void (linked = true),
  };
}

/** A workbench stand-in: merges count the lines of a file, invalid JSON is refused. */
function fakeHost(coder = ada) {
  const merged: { fileName: string; text: string }[] = [];
  const reports: string[] = [];
  let exports = 0;
  const host: TeamFolderHost = {
    coder: () => coder,
    exportOwnFile: async () => `{"by":"${coder.name}","export":${++exports}}`,
    mergeTeammateFile: async (_p, fileName, text): Promise<TeammateMerge> => {
      let data: { by: string; annotations: number };
      try {
        data = JSON.parse(text) as typeof data;
      } catch {
        return { ok: false, problem: 'the file is not valid JSON' };
      }
      merged.push({ fileName, text });
      return { ok: true, coderName: data.by, brought: `${data.annotations} new annotations` };
    },
    report: (_kind, title, lines) => reports.push([title, ...lines].join(' | ')),
  };
  return { host, merged, reports };
}

const edit = { projectId, source: 'user' } as ChangeSet;
const settle = () => new Promise((resolve) => setTimeout(resolve, 40));
/** Waits (up to 2 s on a busy machine) for something the timers will bring. */
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};
const options = { writeDelayMs: 10, maxWaitMs: 100, pollMs: 60_000 };

describe('team folder sync', () => {
  it('on open, merges every teammate’s file and writes the coder’s own, never a teammate’s', async () => {
    const folder = memoryFolder();
    folder.link();
    folder.put(teamFileName(bo), '{"by":"Bo","annotations":12}');
    folder.put(teamFileName(cy), '{"by":"Cy","annotations":3}');
    folder.put('marginalia-ada-oldname-4e5f6a7b.json', '{"by":"Ada","annotations":99}');
    const { host, merged } = fakeHost();
    const sync = createTeamFolderSync(folder.access, host, options);
    await sync.open(projectId);
    await until(() => folder.writes.length > 0);
    expect(merged.map((m) => m.fileName)).toEqual([teamFileName(bo), teamFileName(cy)]);
    expect(folder.writes).toEqual([teamFileName(ada)]);
    const view = sync.get();
    expect(view.link).toEqual({ folderName: 'team', ready: true });
    expect(view.teammates.map((t) => [t.coderName, t.brought])).toEqual([
      ['Bo', '12 new annotations'],
      ['Cy', '3 new annotations'],
    ]);
    expect(view.own.fileName).toBe(teamFileName(ada));
    sync.dispose();
  });

  it('writes once after a round of edits, never two writes at once', async () => {
    const folder = memoryFolder();
    folder.link();
    const { host } = fakeHost();
    const sync = createTeamFolderSync(folder.access, host, options);
    await sync.open(projectId);
    await until(() => folder.writes.length > 0);
    await settle();
    folder.writes.length = 0;
    for (let i = 0; i < 20; i++) sync.onChangeSetApplied(edit);
    sync.onChangeSetApplied({ ...edit, projectId: 'another' });
    await until(() => folder.writes.length > 0);
    await settle();
    expect(folder.writes).toEqual([teamFileName(ada)]);
    for (let i = 0; i < 5; i++) {
      sync.onChangeSetApplied(edit);
      await new Promise((resolve) => setTimeout(resolve, 8));
    }
    await sync.flush();
    expect(folder.overlapping()).toBe(false);
    sync.dispose();
  });

  it('merges a teammate’s file again when it changes, and not when only its time moved', async () => {
    const folder = memoryFolder();
    folder.link();
    folder.put(teamFileName(bo), '{"by":"Bo","annotations":1}');
    const { host, merged } = fakeHost();
    const sync = createTeamFolderSync(folder.access, host, options);
    await sync.open(projectId);
    expect(merged).toHaveLength(1);
    folder.touch(teamFileName(bo));
    await sync.syncNow();
    expect(merged).toHaveLength(1);
    folder.put(teamFileName(bo), '{"by":"Bo","annotations":5}');
    folder.changed(); // the desktop's watcher
    await until(() => merged.length === 2);
    expect(merged).toHaveLength(2);
    expect(sync.get().teammates[0]?.brought).toBe('5 new annotations');
    sync.dispose();
  });

  it('skips an invalid teammate file with one notice naming it, and merges the rest', async () => {
    const folder = memoryFolder();
    folder.link();
    folder.put(teamFileName(bo), '{ broken');
    folder.put(teamFileName(cy), '{"by":"Cy","annotations":2}');
    const { host, merged, reports } = fakeHost();
    const sync = createTeamFolderSync(folder.access, host, options);
    await sync.open(projectId);
    await sync.syncNow();
    folder.touch(teamFileName(bo));
    await sync.syncNow();
    expect(merged.map((m) => m.fileName)).toEqual([teamFileName(cy)]);
    expect(reports).toEqual([
      `${teamFileName(bo)}: skipped, nothing changed | the file is not valid JSON`,
    ]);
    expect(sync.get().teammates.find((t) => t.coderName === 'Bo')?.problem).toBe(
      'the file is not valid JSON',
    );
    // Fixed by the teammate: merged, the problem gone.
    folder.put(teamFileName(bo), '{"by":"Bo","annotations":4}');
    await sync.syncNow();
    expect(sync.get().teammates.find((t) => t.coderName === 'Bo')).toMatchObject({
      brought: '4 new annotations',
    });
    expect(sync.get().teammates.find((t) => t.coderName === 'Bo')?.problem).toBeUndefined();
    sync.dispose();
  });

  it('tries a file again when its merge failed for a passing reason, telling the user once', async () => {
    const folder = memoryFolder();
    folder.link();
    folder.put(teamFileName(bo), '{"by":"Bo","annotations":7}');
    const { host, merged, reports } = fakeHost();
    const mergeForReal = host.mergeTeammateFile;
    let busy = 2;
    host.mergeTeammateFile = async (...args) =>
      busy-- > 0
        ? { ok: false, problem: 'the database is busy', retry: true }
        : mergeForReal(...args);
    const sync = createTeamFolderSync(folder.access, host, options);
    await sync.open(projectId);
    await sync.syncNow();
    expect(reports).toEqual([
      `${teamFileName(bo)}: skipped, nothing changed | the database is busy`,
    ]);
    await sync.syncNow();
    expect(merged).toHaveLength(1);
    expect(sync.get().teammates[0]).toMatchObject({ brought: '7 new annotations' });
    sync.dispose();
  });

  it('without folder access, merges picked files with the same status lines and saves the own file by hand', async () => {
    const { host, merged, reports } = fakeHost();
    const sync = createTeamFolderSync(null, host, options);
    await sync.open(projectId);
    expect(sync.get()).toMatchObject({ available: false, projectId, link: null });
    await sync.mergePicked(teamFileName(bo), '{"by":"Bo","annotations":2}');
    await sync.mergePicked(teamFileName(bo), '{"by":"Bo","annotations":2}');
    expect(merged).toHaveLength(1);
    expect(sync.get().teammates).toMatchObject([{ coderName: 'Bo', brought: '2 new annotations' }]);
    await sync.mergePicked(teamFileName(ada), '{"by":"Ada","annotations":1}');
    expect(merged).toHaveLength(1);
    expect(reports).toEqual([`${teamFileName(ada)}: this is your own file, nothing to merge`]);
    expect(await sync.ownFile()).toEqual({
      fileName: teamFileName(ada),
      content: '{"by":"Ada","export":1}',
    });
    sync.dispose();
  });

  it('does nothing for a project without a folder until one is linked', async () => {
    const folder = memoryFolder();
    folder.put(teamFileName(bo), '{"by":"Bo","annotations":1}');
    const { host, merged } = fakeHost();
    const sync = createTeamFolderSync(folder.access, host, options);
    await sync.open(projectId);
    sync.onChangeSetApplied(edit);
    await settle();
    expect(sync.get().link).toBeNull();
    expect(merged).toEqual([]);
    expect(folder.writes).toEqual([]);
    expect(await sync.link()).toBe(true);
    await until(() => folder.writes.length > 0);
    expect(merged).toHaveLength(1);
    expect(folder.writes).toEqual([teamFileName(ada)]);
    await sync.unlink();
    sync.onChangeSetApplied(edit);
    await settle();
    expect(folder.writes).toHaveLength(1);
    expect(sync.get().link).toBeNull();
  });

  it('says why the folder could not be looked at', async () => {
    const folder = memoryFolder();
    folder.link();
    folder.access.list = async () => {
      throw new Error('Could not read the team folder /mnt/team: it does not exist (any more).');
    };
    const { host } = fakeHost();
    const sync = createTeamFolderSync(folder.access, host, options);
    await sync.open(projectId);
    expect(sync.get().problem).toMatch(/mnt\/team: it does not exist/);
    sync.dispose();
  });

  it('drops what a sync for the previous project found after a switch', async () => {
    const folder = memoryFolder();
    folder.link();
    folder.put(teamFileName(bo), '{"by":"Bo","annotations":1}');
    const { host } = fakeHost();
    const sync = createTeamFolderSync(folder.access, host, options);
    const opening = sync.open(projectId);
    await sync.open('p2');
    await opening;
    expect(sync.get().projectId).toBe('p2');
    sync.dispose();
  });
});
