// CLI tests read the real interop files in place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportQdpx } from '../core/formats/refi-qda/export-qdpx';
import { sampleSnapshot } from '../core/formats/refi-qda/test-support/sample-snapshot';
import { CODEBOOK_XSD, PROJECT_XSD, xmllint } from '../core/formats/refi-qda/test-support/xmllint';
import { parsePlainText } from '../core/corpus/plain-text';
import { COMMANDS } from './commands';
import { run } from './main';
import { memoryIo } from './test-support/memory-io';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const interop = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../shared/interop/${name}`, import.meta.url)));
const text = (io: { files: Map<string, Uint8Array> }, path: string) =>
  new TextDecoder().decode(io.files.get(path));

describe('marginalia', () => {
  it('prints overall help and each command’s help', async () => {
    const io = memoryIo();
    expect(await run(['--help'], io)).toBe(0);
    for (const c of COMMANDS) expect(io.out).toContain(`${c.name}`);
    for (const c of COMMANDS) {
      const one = memoryIo();
      expect(await run([c.name, '--help'], one)).toBe(0);
      expect(one.out).toMatch(new RegExp(`^Usage:\\s+marginalia ${c.name}`));
    }
    expect(await run([], memoryIo())).toBe(2);
  });

  it('refuses unknown commands, options and missing arguments with exit code 2', async () => {
    for (const argv of [
      ['frobnicate'],
      ['convert', 'a.json'],
      ['stats', 'x', '--bogus'],
      ['validate'],
      ['convert', 'a.json', 'b.xyz'],
    ]) {
      const io = memoryIo();
      expect(await run(argv, io)).toBe(2);
      expect(io.err).not.toBe('');
    }
  });

  it('converts the NVivo export to native and on to a schema-valid .qdpx and .qdc', async () => {
    const io = memoryIo({ 'nvivo.qdpx': interop('nvivo-win12.6-oltas0517.qdpx') });
    expect(await run(['convert', 'nvivo.qdpx', 'nvivo.json'], io)).toBe(0);
    expect(io.out).toBe('Wrote nvivo.json (native): 2 documents, 152 codes, 188 annotations\n');
    expect(io.err).toContain('303 selections placed counting utf16-crlf');
    expect(await run(['validate', 'nvivo.json'], io)).toBe(0);
    expect(await run(['convert', 'nvivo.json', 'out.qdpx'], io)).toBe(0);
    const qde = strFromU8(unzipSync(io.files.get('out.qdpx')!)['project.qde']!);
    expect(xmllint(qde, PROJECT_XSD).valid).toBe(true);
    expect(await run(['validate', 'out.qdpx'], io)).toBe(0);
    expect(await run(['convert', 'nvivo.json', 'codes.xml', '--to', 'qdc'], io)).toBe(0);
    expect(xmllint(text(io, 'codes.xml'), CODEBOOK_XSD).valid).toBe(true);
    expect(io.out).toContain('Wrote codes.xml (qdc): 152 codes\n');
  }, 30_000);

  it('stats counts per code and per coder, as text and as JSON', async () => {
    const io = memoryIo({ 'sample.qdpx': exportQdpx(sampleSnapshot()).bytes });
    expect(await run(['stats', 'sample.qdpx', '--json'], io)).toBe(0);
    const stats = JSON.parse(io.out);
    expect(stats).toMatchObject({ documents: 1, codes: 3, coders: 2, annotations: 3 });
    expect(stats.annotationsPerCode).toEqual([
      { code: 'Place', annotations: 2 },
      { code: 'Themes', annotations: 1 },
      { code: 'Themes > Trust', annotations: 1 },
    ]);
    expect(stats.annotationsPerCoder).toEqual([
      { coder: 'Ada', annotations: 2 },
      { coder: 'Bo "B" <Ø>', annotations: 1 },
    ]);
    const plain = memoryIo({ 'sample.qdpx': exportQdpx(sampleSnapshot()).bytes });
    expect(await run(['stats', 'sample.qdpx'], plain)).toBe(0);
    expect(plain.out).toContain('Annotations: 3\n');
  });

  it('validate lists every problem with its path and record id, exit code 1', async () => {
    const io = memoryIo({ 'sample.qdpx': exportQdpx(sampleSnapshot()).bytes });
    expect(await run(['convert', 'sample.qdpx', 'p.json'], io)).toBe(0);
    const file = JSON.parse(text(io, 'p.json'));
    file.annotations[0].end = 10_000;
    file.codes[0].color = 'blue';
    io.files.set('bad.json', new TextEncoder().encode(JSON.stringify(file)));
    io.out = '';
    expect(await run(['validate', 'bad.json'], io)).toBe(1);
    const lines = io.out.trim().split('\n');
    expect(lines).toContain(
      `annotations[0].end [${file.annotations[0].id}]: End 10000 is past the end of the document (${file.documents[0].charCount})`,
    );
    expect(lines.some((l) => l.startsWith(`codes[0].color [${file.codes[0].id}]: `))).toBe(true);
  });

  it('validate finds REFI-QDA selections that do not quote their text or leave it', async () => {
    const files = unzipSync(exportQdpx(sampleSnapshot()).bytes);
    const qde = strFromU8(files['project.qde']!)
      .replace('startPosition="14" endPosition="31"', 'startPosition="15" endPosition="31"')
      .replace(/endPosition="\d+"(?![\s\S]*endPosition=)/, 'endPosition="9999"');
    const io = memoryIo({ 'bad.qdpx': zipSync({ ...files, 'project.qde': strToU8(qde) }) });
    expect(await run(['validate', 'bad.qdpx'], io)).toBe(1);
    expect(io.out).toBe(
      [
        '(file): 1 selection lies outside the text and left out',
        '(file): 1 selection in "interview-a.txt" named differently from the text they select',
        '',
      ].join('\n'),
    );
  });

  it('refuses a hostile or unreadable file with exit code 1 and a message naming it', async () => {
    const io = memoryIo({ 'evil.qde': '<!DOCTYPE x [<!ENTITY a "b">]><Project name="x"/>' });
    expect(await run(['convert', 'evil.qde', 'x.json'], io)).toBe(1);
    expect(io.err).toBe(
      'evil.qde: the XML declares a DOCTYPE (entity declarations are refused for safety)\n',
    );
    expect(io.files.has('x.json')).toBe(false);
    expect(await run(['validate', 'evil.qde'], io)).toBe(1);
    const missing = memoryIo();
    expect(await run(['stats', 'nope.json'], missing)).toBe(1);
    expect(missing.err).toBe('nope.json: cannot read (no such file or folder)\n');
  });

  it('says on stderr what it is doing with large files', async () => {
    const big = sampleSnapshot();
    const doc = big.documents[0]!;
    // Varied words: a repeated one would compress like a zip bomb and be refused, rightly.
    let seed = 7;
    const word = () => ((seed = (seed * 48271) % 2147483647) % 1e6).toString(36);
    const text = `${doc.text}${Array.from({ length: 1_500_000 }, word).join(' ')}`;
    big.documents = [{ ...doc, text, charCount: text.length, ...parsePlainText(text) }];
    const io = memoryIo({ 'big.qdpx': exportQdpx(big).bytes });
    expect(await run(['convert', 'big.qdpx', 'big.json'], io)).toBe(0);
    expect(io.err).not.toContain('Reading big.qdpx'); // the archive itself is small
    expect(io.err).toMatch(/^Writing big\.json \(\d+\.\d MB\)…$/m);
    const again = memoryIo({ 'big.json': io.files.get('big.json')! });
    expect(await run(['stats', 'big.json'], again)).toBe(0);
    expect(again.err).toMatch(/^Reading big\.json \(\d+\.\d MB\)…$/m);
  }, 30_000);

  it('counts every real export in ../shared/interop through the CLI', async () => {
    const expected: [
      string,
      { documents: number; codes: number; coders: number; annotations: number },
    ][] = [
      ['nvivo-win12.6-oltas0517.qdpx', { documents: 2, codes: 152, coders: 2, annotations: 188 }],
      ['qc-1.3.2-demo.qdpx', { documents: 2, codes: 262, coders: 1, annotations: 158 }],
      [
        'atlasti-mac8.4-refi-standard-project.qde',
        { documents: 0, codes: 14, coders: 3, annotations: 0 },
      ],
      [
        'qualcoder-3.8.2-mixedmeasures-codebook.qdc',
        { documents: 0, codes: 38, coders: 1, annotations: 0 },
      ],
      [
        'taguette-1.4.1-mixedmeasures-codebook.qdc',
        { documents: 0, codes: 3, coders: 1, annotations: 0 },
      ],
    ];
    for (const [name, counts] of expected) {
      const io = memoryIo({ [name]: interop(name) });
      expect(await run(['stats', name, '--json'], io)).toBe(0);
      expect(JSON.parse(io.out)).toMatchObject(counts);
    }
  }, 30_000);

  it('reports what the ATLAS.ti project could not carry over', async () => {
    const io = memoryIo({ 'atlas.qde': interop('atlasti-mac8.4-refi-standard-project.qde') });
    expect(await run(['convert', 'atlas.qde', 'atlas.json'], io)).toBe(0);
    expect(io.err).toContain('16 sets');
    expect(io.out).toBe('Wrote atlas.json (native): 0 documents, 14 codes, 0 annotations\n');
  });
});
