// CLI tests read the real recogito example in place (never copied, never printed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExchangeFile } from '../../core/exchange/import';
import { RECOGITO, squash } from '../../core/formats/html/test-support/recogito-page';
import { memoryIo } from '../test-support/memory-io';
import { run } from '../main';

const interop = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../shared/interop/${name}`, import.meta.url)));
const page = interop(RECOGITO.page);
const w3c = interop(RECOGITO.annotations);
const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('marginalia on an HTML page and its W3C annotations (recogito)', () => {
  it('merge places all five annotations on the page text, at the spans the browser gives', async () => {
    const io = memoryIo({ 'odyssey.html': page, 'odyssey.w3c.json': w3c });
    expect(
      await run(['merge', 'odyssey.w3c.json', 'odyssey.html', '-o', 'out.json'], io),
      io.err,
    ).toBe(0);
    const parsed = parseExchangeFile('out.json', decode(io.files.get('out.json')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    const [doc] = parsed.data.documents;
    expect(parsed.data.documents).toHaveLength(1);
    expect(doc?.contentHash).toBe(RECOGITO.textSha256);
    const annotations = parsed.data.annotations.filter((a) => !a.deleted);
    expect(annotations.map((a) => [a.start, a.end]).sort((a, b) => a[0]! - b[0]!)).toEqual(
      [...RECOGITO.spans].map((s) => [...s]).sort((a, b) => a[0]! - b[0]!),
    );
    for (const a of annotations)
      expect(squash(doc!.text!.slice(a.start, a.end))).toBe(squash(a.quote));
    expect(io.err).not.toMatch(/not placed/);
  }, 60_000);

  it('convert reads the page as a one-document project, and merge --to writes the coded page as QDPX', async () => {
    const io = memoryIo({ 'odyssey.html': page, 'odyssey.w3c.json': w3c });
    expect(await run(['convert', 'odyssey.html', 'odyssey.json'], io), io.err).toBe(0);
    expect(io.out).toMatch(/Wrote odyssey\.json \(native\): 1 document, 0 codes, 0 annotations/);
    expect(
      await run(
        ['merge', 'odyssey.json', 'odyssey.w3c.json', '-o', 'odyssey.qdpx', '--to', 'qdpx'],
        io,
      ),
      io.err,
    ).toBe(0);
    io.out = '';
    expect(await run(['stats', 'odyssey.qdpx', '--json'], io), io.err).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ documents: 1, annotations: 5 });
  }, 60_000);

  it('refuses a hostile page whole, naming the file and the bound, and writes nothing', async () => {
    const io = memoryIo({
      'deep.html': `<!doctype html>${'<div>'.repeat(100_000)}x`,
      'null.htm': 'a\0b<p>c',
    });
    expect(await run(['convert', 'deep.html', 'deep.json'], io)).toBe(1);
    expect(io.err).toMatch(
      /deep\.html: the page nests elements more than 256 deep; the page was not read/,
    );
    expect(await run(['merge', 'null.htm', '-o', 'null.json'], io)).toBe(1);
    expect(io.err).toMatch(/null\.htm: .*(NUL|binary)/);
    expect([...io.files.keys()].sort()).toEqual(['deep.html', 'null.htm']);
  });
});
