// CLI tests read the real interop files in place (never copied, never printed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../test-support/memory-io';
import { run } from '../main';

const interop = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../shared/interop/${name}`, import.meta.url)));

describe('marginalia validate and convert on W3C, highlights CSV and HTML files', () => {
  it('finds the real recogito, Taguette and page files sound', async () => {
    const io = memoryIo({
      'odyssey.w3c.json': interop('recogito-textannotator-odyssey.w3c.json'),
      'highlights.csv': interop('taguette-testoracle-highlights.csv'),
      'odyssey.html': interop('recogito-textannotator-odyssey-page-354b46b.html'),
    });
    for (const [file, format] of [
      ['odyssey.w3c.json', 'w3c'],
      ['highlights.csv', 'highlights-csv'],
      ['odyssey.html', 'html'],
    ]) {
      expect(await run(['validate', file!], io), io.err).toBe(0);
      expect(io.out).toContain(`${file}: valid (${format})`);
    }
  });

  it('lists every W3C problem with its JSON path and annotation id, exit code 1', async () => {
    const file = JSON.stringify([
      { type: 'Annotation', id: 'urn:a1', target: { source: 'x', selector: [] } },
      { type: 'Annotation', id: 'urn:a2', target: 5 },
      { type: 'Annotation', target: { source: 'x', selector: { type: 'TextPositionSelector' } } },
    ]);
    const io = memoryIo({ 'bad.w3c.json': file, 'broken.jsonld': '{' });
    expect(await run(['validate', 'bad.w3c.json'], io)).toBe(1);
    expect(io.out).toMatch(
      /^\[0\]\.target \[urn:a1\]: no TextQuoteSelector or TextPositionSelector/m,
    );
    expect(io.out).toMatch(/^\[1\]\.target \[urn:a2\]: /m);
    expect(io.out).toMatch(/^\[2\]\.target\.selector/m);
    expect(io.err).toMatch(/bad\.w3c\.json: \d+ problems/);
    expect(await run(['validate', 'broken.jsonld'], io)).toBe(1);
    expect(io.out).toMatch(/\(file\): not JSON/);
  });

  it('refuses to convert a highlights CSV alone, naming the file and saying how to merge it', async () => {
    const io = memoryIo({ 'h.csv': interop('taguette-testoracle-highlights.csv') });
    expect(await run(['convert', 'h.csv', 'out.json'], io)).toBe(1);
    expect(io.err).toMatch(
      /h\.csv: Taguette's highlights are placed on a project's texts .*marginalia merge PROJECT h\.csv/,
    );
    expect(io.files.has('out.json')).toBe(false);
    io.files.set('bad.csv', new TextEncoder().encode('id,document,tag,content\r\n1,a.txt,T,\r\n'));
    expect(await run(['validate', 'bad.csv'], io)).toBe(1);
    expect(io.out).toMatch(/row 2/);
  });
});
