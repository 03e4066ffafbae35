import { describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../../core/text/hash';
import { inThreadExchange, type ExchangeRunner } from '../../platform/exchange-runner';
import { testPlatform } from '../../platform/test-platform';
import { mergePromptsOf } from '../merge/merge-prompts';
import { freshStorage, makeParsed } from '../../storage/test-fixtures';
import { Workbench } from '../../state/workbench';
import { exchangeText } from '../../platform/exchange-work';
import { buildExport } from './export-project';
import { importProjectText } from './import-project';

const platform = testPlatform();

/** A workbench with one coded document, and its project exported with texts. */
async function exported() {
  const source = new Workbench(freshStorage(), platform);
  await source.init();
  await source.setCoderName('Ada');
  await source.createProject('Study');
  const text = 'Victims of terrorism need support. Financing of terrorism must stop.';
  const parsed = { ...makeParsed('a.md', text), contentHash: await sha256Hex(text) };
  await source.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
  await source.openDocument(source.state.documents[0]?.id ?? '');
  const code = await source.codebook.createCode('Victims', null);
  await source.coding.applyCode({ start: 0, end: 7 }, code.id);
  return exchangeText((await buildExport(source, { includeTexts: true })).content);
}

async function freshWorkbench() {
  const workbench = new Workbench(freshStorage(), platform);
  await workbench.init();
  await workbench.setCoderName('Grace');
  return workbench;
}

describe('importProjectText', () => {
  it('imports a valid file whole and opens it', async () => {
    const workbench = await freshWorkbench();
    expect(await importProjectText(workbench, 'study.json', await exported())).toBe(true);
    expect(workbench.state.projects.map((p) => p.name)).toEqual(['Study']);
    expect(workbench.state.documents).toHaveLength(1);
    expect(workbench.state.codes.map((c) => c.name)).toEqual(['Victims']);
  });

  it('refuses a file whose text does not match its content hash, and changes nothing', async () => {
    const file = JSON.parse(await exported());
    // Same length and outside the annotation's quote and context: only the hash can tell.
    file.documents[0].text = file.documents[0].text.replace('stop', 'stip');
    const workbench = await freshWorkbench();
    expect(await importProjectText(workbench, 'tampered.json', JSON.stringify(file))).toBe(false);
    const error = workbench.state.notices.find((n) => n.kind === 'error');
    expect(error?.title).toBe('tampered.json: not imported, nothing changed');
    expect(error?.lines.join(' ')).toMatch(/hash/i);
    expect(await workbench.storage.listProjects()).toEqual([]);
  });

  it('refuses a file without document texts, and changes nothing', async () => {
    const file = JSON.parse(await exported());
    delete file.documents[0].text;
    const workbench = await freshWorkbench();
    expect(await importProjectText(workbench, 'codings-only.json', JSON.stringify(file))).toBe(
      false,
    );
    expect(workbench.state.notices.find((n) => n.kind === 'error')?.lines.join(' ')).toMatch(
      /without document texts/,
    );
    expect(await workbench.storage.listProjects()).toEqual([]);
  });
});

/** Imports the file, cancelling once the worker writes it: refused, with the notice saying so. */
async function importCancelledWhileWritten(workbench: Workbench, file: string): Promise<void> {
  const unsubscribe = workbench.store.subscribe(() => {
    if (workbench.state.progress?.label === 'Importing project') workbench.cancelImport();
  });
  expect(await importProjectText(workbench, 'study.json', file)).toBe(false);
  unsubscribe();
  expect(workbench.state.notices.map((n) => n.title)).toContain(
    'study.json: import cancelled, nothing changed',
  );
}

describe('importProjectText cancelled while the project is being written', () => {
  it('answers at once, lands nothing and leaves no staged rows', async () => {
    const file = await exported();
    const workbench = await freshWorkbench();
    await importCancelledWhileWritten(workbench, file);
    expect(await workbench.storage.listProjects()).toEqual([]);
    const { db } = workbench.storage;
    expect(await db.annotationPages.count()).toBe(0);
    expect(await db.projectTexts.count()).toBe(0);
    // Imported again, it lands whole.
    expect(await importProjectText(workbench, 'study.json', file)).toBe(true);
    expect(workbench.state.documents).toHaveLength(1);
  });
});

describe('a project purged from the trash', () => {
  it('keeps a tombstone, so its file comes back only as a separate copy, never under its id', async () => {
    const file = await exported();
    const workbench = await freshWorkbench();
    expect(await importProjectText(workbench, 'study.json', file)).toBe(true);
    const original = workbench.state.projectId ?? '';
    await workbench.createProject('Other');
    await workbench.deleteProject(original);
    await workbench.purge('projects', original);
    expect((await workbench.storage.listPurged(original)).map((p) => [p.kind, p.id])).toEqual([
      ['project', original],
    ]);

    expect(await importProjectText(workbench, 'study.json', file)).toBe(true);
    expect(workbench.state.projectId).not.toBe(original);
    expect(await workbench.storage.readSnapshot(original)).toBeUndefined();
    expect(workbench.state.projects.find((p) => p.id === workbench.state.projectId)?.name).toBe(
      'Study (copy)',
    );
    expect(workbench.state.documents).toHaveLength(1);
    const info = workbench.state.notices.find((n) => n.title === 'Imported project “Study (copy)”');
    expect(info?.lines.join(' ')).toMatch(/deleted for good here/);
  });
});

describe('a file that shares texts with the profile, merge declined', () => {
  /** Grace's workbench, whose project has the same text as the file, with its writes spied on. */
  async function declining() {
    const file = await exported();
    const importProject = vi.fn<ExchangeRunner['importProject']>((...args) =>
      inThreadExchange.importProject(...args),
    );
    const workbench = new Workbench(
      freshStorage(),
      testPlatform({ exchange: { ...inThreadExchange, importProject } }),
    );
    await workbench.init();
    await workbench.setCoderName('Grace');
    const text = 'Victims of terrorism need support. Financing of terrorism must stop.';
    const parsed = { ...makeParsed('mine.md', text), contentHash: await sha256Hex(text) };
    await workbench.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
    const own = workbench.state.projectId;
    const prompts = mergePromptsOf(workbench);
    prompts.subscribe(() => prompts.current()?.answer({ action: 'new-project' }));
    const applyNow = vi.spyOn(workbench.changes, 'applyNow');
    return { file, workbench, importProject, applyNow, own };
  }

  it('is written by the exchange worker through the staged write, never on the UI thread', async () => {
    const { file, workbench, importProject, applyNow, own } = await declining();
    const labels = new Set<string>();
    workbench.store.subscribe(() => {
      const p = workbench.state.progress;
      if (p) labels.add(p.label);
    });
    expect(await importProjectText(workbench, 'study.json', file)).toBe(true);
    // Asked once to import, and once more to write it as a new project: both in the worker.
    expect(importProject.mock.calls.map((c) => c[3]?.asNewProject)).toEqual([undefined, true]);
    expect(applyNow).not.toHaveBeenCalled();
    expect(labels).toContain('Importing project');
    expect(workbench.state.projectId).not.toBe(own);
    expect(workbench.state.projects.map((p) => p.name).sort()).toEqual(['My project', 'Study']);
    expect(workbench.state.codes.map((c) => c.name)).toEqual(['Victims']);
    expect(workbench.state.notices.map((n) => n.title)).toContain('Imported project “Study”');
  });

  it('cancelled while written, answers at once and lands nothing', async () => {
    const { file, workbench } = await declining();
    await importCancelledWhileWritten(workbench, file);
    expect((await workbench.storage.listProjects()).map((p) => p.name)).toEqual(['My project']);
  });
});
