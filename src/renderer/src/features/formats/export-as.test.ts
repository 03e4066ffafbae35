import { describe, expect, it, vi } from 'vitest';
import { formatByName } from '../../../../core/formats/registry';
import { sha256Hex } from '../../../../core/text/hash';
import { inThreadExchange, type ExchangeRunner } from '../../platform/exchange-runner';
import { testPlatform } from '../../platform/test-platform';
import { freshStorage, makeParsed } from '../../storage/test-fixtures';
import { Workbench } from '../../state/workbench';
import { EXPORT_FORMATS, exportAs } from './export-as';

describe('EXPORT_FORMATS', () => {
  it("names each file with its format's own ending", () => {
    for (const choice of EXPORT_FORMATS)
      expect(choice.extension).toBe(formatByName(choice.format)?.extensions[0]);
  });
});

/** A workbench over a project of two coded documents, whose exports are spied on. */
async function exporting() {
  const saved: { name: string; content: unknown }[] = [];
  const exportFormat = vi.fn<ExchangeRunner['exportFormat']>((...args) =>
    inThreadExchange.exportFormat(...args),
  );
  const platform = testPlatform({
    exchange: { ...inThreadExchange, exportFormat },
    saveFile: async (name, content) => {
      saved.push({ name, content });
      return true;
    },
  });
  const workbench = new Workbench(freshStorage(), platform);
  await workbench.init();
  await workbench.setCoderName('Ada');
  await workbench.createProject('Study');
  const texts = ['Victims need support.', 'Financing must stop.'];
  const documents = await Promise.all(
    texts.map(async (t, i) => ({ ...makeParsed(`d${i}.md`, t), contentHash: await sha256Hex(t) })),
  );
  await workbench.importBatch({ documents, errors: [], duplicates: [], warnings: [] });
  const code = await workbench.codebook.createCode('Victims', null);
  for (const d of workbench.state.documents) {
    await workbench.openDocument(d.id);
    await workbench.coding.applyCode({ start: 0, end: 7 }, code.id);
  }
  return { workbench, saved, exportFormat };
}

describe('exportAs', () => {
  it('has the exchange runner (the worker) read and write the file, and shows documents written', async () => {
    const { workbench, saved, exportFormat } = await exporting();
    const figures: string[] = [];
    const unsubscribe = workbench.store.subscribe(() => {
      const p = workbench.state.progress;
      if (p) figures.push(`${p.label} ${p.done}/${p.total}`);
    });
    const csv = EXPORT_FORMATS.find((c) => c.format === 'csv')!;
    await exportAs(workbench, csv);
    unsubscribe();
    expect(exportFormat).toHaveBeenCalledTimes(1);
    expect(exportFormat.mock.calls[0]?.[0]).toMatchObject({
      projectId: workbench.state.projectId,
      format: 'csv',
    });
    expect(figures).toContain('Exporting documents 2/2');
    expect(workbench.state.progress).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toMatch(/^Study-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(String(saved[0]?.content).split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(workbench.state.notices.map((n) => n.title)).toContain(`Exported ${saved[0]?.name}`);
  });

  it('cancelled from the status bar, answers at once and saves nothing', async () => {
    const { workbench, saved } = await exporting();
    const never = vi.fn<ExchangeRunner['exportFormat']>(
      (_request, _source, options) =>
        new Promise((_resolve, reject) =>
          options?.signal?.addEventListener('abort', () => reject(new Error('Cancelled.'))),
        ),
    );
    workbench.platform.exchange.exportFormat = never;
    const job = exportAs(workbench, EXPORT_FORMATS[0]!);
    await vi.waitFor(() => expect(workbench.state.progress?.label).toBe('Reading the project'));
    workbench.cancelImport();
    await job;
    expect(saved).toEqual([]);
    expect(workbench.state.progress).toBeNull();
    expect(workbench.state.notices.filter((n) => n.kind === 'error')).toEqual([]);
  });
});
