// CLI tests read the real interop files in place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExchangeFile } from '../../core/exchange/import';
import type { ExchangeFile } from '../../core/exchange/schema';
import { macExportOf } from '../../core/formats/align/test-support/mac-export';
import { exportCodebookCsv } from '../../core/formats/csv/codebook-csv';
import { exportW3c } from '../../core/formats/w3c/export-w3c';
import { memoryIo } from '../test-support/memory-io';
import { run } from '../main';

const windows = new Uint8Array(
  readFileSync(new URL('../../../../shared/interop/nvivo-win12.6-oltas0517.qdpx', import.meta.url)),
);
const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

function readOut(io: { files: Map<string, Uint8Array> }, path = 'out.json'): ExchangeFile {
  const parsed = parseExchangeFile(path, decode(io.files.get(path)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.data;
}
const live = <T extends { deleted: boolean }>(xs: T[]) => xs.filter((x) => !x.deleted);

describe('marginalia merge of other formats', () => {
  it('two exports of one NVivo project (Windows and Mac) merge without doubling, in either order', async () => {
    const files = { 'win.qdpx': windows, 'mac.qdpx': macExportOf(windows) };
    const outs: string[] = [];
    for (const order of [
      ['win.qdpx', 'mac.qdpx'],
      ['mac.qdpx', 'win.qdpx'],
    ]) {
      const io = memoryIo(files);
      expect(await run(['merge', ...order, '-o', 'out.json'], io), io.err).toBe(0);
      const out = readOut(io);
      expect(live(out.documents)).toHaveLength(2);
      expect(live(out.codes)).toHaveLength(152);
      expect(out.coders).toHaveLength(2);
      expect(live(out.annotations)).toHaveLength(188);
      expect(live(out.annotations).reduce((n, a) => n + a.codeIds.length, 0)).toBe(303);
      expect(io.err).toMatch(/matched 2 documents by text .*152 codes by path, 2 coders by name/);
      expect(io.err).toMatch(/already in the project \(not added again\): 188 annotations/);
      outs.push(
        decode(io.files.get('out.json'))
          .replace(/"exportedAt": .*/, '')
          .replace(/"exportedBy": \{[^}]*\}/, ''),
      );
    }
    // Same inputs, any order: the same file apart from export stamps and import times.
    const noTimes = (s: string) => s.replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, '""');
    expect(noTimes(outs[1] ?? '')).toBe(noTimes(outs[0] ?? ''));
  }, 120_000);

  it('reads W3C annotations and a codebook CSV into the project given with them', async () => {
    const io = memoryIo({ 'win.qdpx': windows });
    expect(await run(['convert', 'win.qdpx', 'project.json'], io)).toBe(0);
    const project = readOut(io, 'project.json');
    // Its own W3C export and codebook come back without doubling anything.
    const { format: _f, version: _v, exportedAt: _a, exportedBy: _b, ...snapshot } = project;
    io.files.set('own.w3c.json', new TextEncoder().encode(JSON.stringify(exportW3c(snapshot))));
    io.files.set('own.codebook.csv', new TextEncoder().encode(exportCodebookCsv(snapshot.codes)));
    io.files.set(
      'more.codebook.csv',
      new TextEncoder().encode('path,colour\nBrand new/Child,#112233\n'),
    );
    expect(
      await run(
        [
          'merge',
          'own.w3c.json',
          'project.json',
          'own.codebook.csv',
          'more.codebook.csv',
          '-o',
          'out.json',
        ],
        io,
      ),
      io.err,
    ).toBe(0);
    const out = readOut(io);
    expect(live(out.annotations)).toHaveLength(live(project.annotations).length);
    expect(live(out.codes)).toHaveLength(live(project.codes).length + 2);
    expect(
      live(out.codes).filter((c) => c.name === 'Child' || c.name === 'Brand new'),
    ).toHaveLength(2);
  }, 120_000);

  it("places Taguette's highlights CSV on the project's document by quote", async () => {
    const csv =
      'id,document,tag,content\r\n1,notes.txt,Trust\\Doctors,my doctor\r\n1,notes.txt,Tone,my doctor\r\n2,notes.txt,Tone,never\r\n';
    const io = memoryIo({
      'notes.txt': 'I trust my doctor, but I never call.',
      'h.csv': csv,
    });
    expect(await run(['merge', 'notes.txt', 'h.csv', '-o', 'out.json'], io), io.err).toBe(0);
    const out = readOut(io);
    expect(live(out.annotations).map((a) => [a.quote, a.codeIds.length])).toEqual([
      ['my doctor', 2],
      ['never', 1],
    ]);
    expect(out.codes.find((c) => c.name === 'Doctors')?.parentId).toBe(
      out.codes.find((c) => c.name === 'Trust')?.id,
    );
  }, 60_000);

  it('writes another format with --to, and refuses an unknown one', async () => {
    const io = memoryIo({ 'win.qdpx': windows });
    expect(await run(['merge', 'win.qdpx', '-o', 'out.qdpx', '--to', 'qdpx'], io), io.err).toBe(0);
    expect([...(io.files.get('out.qdpx') ?? []).slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(await run(['merge', 'win.qdpx', '-o', 'x', '--to', 'nope'], io)).toBe(2);
    expect(io.err).toMatch(/unknown output format "nope"/);
    expect(io.files.has('x')).toBe(false);
  }, 120_000);

  it('refuses W3C or a codebook CSV without a project, and W3C to convert, naming the file', async () => {
    const io = memoryIo({ 'a.w3c.json': '[]', 'c.codebook.csv': 'path\nA\n', 'bad.w3c.json': '{' });
    expect(await run(['merge', 'a.w3c.json', 'c.codebook.csv', '-o', 'out.json'], io)).toBe(1);
    expect(io.err).toMatch(/go into a project; name a project file too/);
    expect(await run(['convert', 'a.w3c.json', 'x.json'], io)).toBe(1);
    expect(io.err).toMatch(/a\.w3c\.json: W3C annotations are placed on a project's texts/);
    io.files.set('p.qdpx', windows);
    expect(await run(['merge', 'p.qdpx', 'bad.w3c.json', '-o', 'out.json'], io)).toBe(1);
    expect(io.err).toMatch(/bad\.w3c\.json: not JSON/);
    expect(io.files.has('out.json')).toBe(false);
    expect(io.files.has('x.json')).toBe(false);
    // A codebook CSV converts to a REFI-QDA codebook.
    expect(await run(['convert', 'c.codebook.csv', 'c.qdc'], io), io.err).toBe(0);
    expect(decode(io.files.get('c.qdc'))).toContain('name="A"');
  }, 120_000);
});
