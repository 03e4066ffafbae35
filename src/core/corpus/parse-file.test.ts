import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../text/hash';
import { MAX_DOCUMENT_BYTES } from './limits';
import { parseFile } from './parse-file';
import type { ParseOutcome } from './parse-outcome';

const utf8 = (text: string) => new TextEncoder().encode(text);

function expectError(outcome: ParseOutcome, pattern: RegExp): void {
  expect(outcome.ok).toBe(false);
  if (!outcome.ok) expect(outcome.error).toMatch(pattern);
}

async function parseOk(name: string, bytes: Uint8Array, path?: string) {
  const outcome = await parseFile(path === undefined ? { name, bytes } : { name, bytes, path });
  if (!outcome.ok) throw new Error(`expected ${name} to parse: ${outcome.error}`);
  return outcome;
}

describe('parseFile', () => {
  it('reads a plain-text file with CRLF into canonical text, blocks and fingerprints', async () => {
    const body = utf8('First para\r\nline two\r\n\r\nSecond¹ “para”\r');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    const { document, warnings } = await parseOk('notes.txt', bytes, '/home/ana/notes.txt');
    expect(document.text).toBe('First para\nline two\n\nSecond¹ “para”\n');
    expect(document.format).toBe('txt');
    expect(document.blocks.map((b) => document.text.slice(b.start, b.end))).toEqual([
      'First para\nline two',
      'Second¹ “para”',
    ]);
    expect(document.marks).toEqual([]);
    expect(document.contentHash).toBe(await sha256Hex(document.text));
    expect(document.byteSize).toBe(
      3 + utf8('First para\r\nline two\r\n\r\nSecond¹ “para”\r').length,
    );
    expect(document.charCount).toBe(document.text.length);
    expect(document.encoding).toBe('utf-8');
    expect(document.encodingFallback).toBe(false);
    expect(document.sourcePath).toBe('/home/ana/notes.txt');
    expect(document.name).toBe('notes.txt');
    expect(warnings).toEqual([]);
  });

  it('parses Markdown into its canonical text, not the source', async () => {
    const { document } = await parseOk(
      'res.MD',
      utf8('## Title\r\n\r\n*Urges* States<sup>1</sup>\r\n'),
    );
    expect(document.format).toBe('md');
    expect(document.text).toBe('Title\n\nUrges States1');
    expect(document.contentHash).toBe(await sha256Hex('Title\n\nUrges States1'));
    expect(document.marks.map((m) => [m.kind, document.text.slice(m.start, m.end)])).toEqual([
      ['emphasis', 'Urges'],
      ['superscript', '1'],
    ]);
    expect('sourcePath' in document).toBe(false);
  });

  it('uses the file name, not the folders, as the document name', async () => {
    const { document } = await parseOk('C:\\corpus\\a.markdown', utf8('x'));
    expect(document.name).toBe('a.markdown');
  });

  it('reads UTF-16 LE with a BOM', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x0d, 0x00, 0x0a, 0x00]);
    const { document } = await parseOk('u16.txt', bytes);
    expect(document.text).toBe('Hi\n');
    expect(document.encoding).toBe('utf-16le');
  });

  it('warns when it falls back to Windows-1252', async () => {
    const { document, warnings } = await parseOk(
      'old.txt',
      new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
    );
    expect(document.text).toBe('Café');
    expect(document.encoding).toBe('windows-1252');
    expect(document.encodingFallback).toBe(true);
    expect(warnings).toEqual([
      'old.txt: not valid UTF-8; read as Windows-1252 (Western European). Check accented characters.',
    ]);
  });

  it('refuses unsupported extensions, naming the file and the supported ones', async () => {
    expectError(
      await parseFile({ name: 'photo.png', bytes: utf8('x') }),
      /^photo\.png: "\.png" files are not supported\. .*\.txt, \.md and \.html/,
    );
    expectError(
      await parseFile({ name: 'Makefile', bytes: utf8('x') }),
      /^Makefile: the file has no extension/,
    );
  });

  it('refuses an empty file, a BOM-only file and a whitespace-only file', async () => {
    expectError(
      await parseFile({ name: 'e.txt', bytes: new Uint8Array() }),
      /^e\.txt: the file is empty\.$/,
    );
    expectError(
      await parseFile({ name: 'bom.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf]) }),
      /^bom\.txt: the file is empty\.$/,
    );
    expectError(
      await parseFile({ name: 'w.md', bytes: utf8(' \r\n\t\n') }),
      /^w\.md: the file is empty \(it contains only blank space\)/,
    );
  });

  it('refuses a Markdown file with nothing but markup', async () => {
    expectError(
      await parseFile({ name: 'c.md', bytes: utf8('<!-- todo -->\n\n---\n') }),
      /^c\.md: .*empty once its Markdown formatting is removed/,
    );
  });

  it('refuses a file over the size limit and states the limit', async () => {
    const outcome = await parseFile({
      name: 'big.txt',
      bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1),
      path: '/x/big.txt',
    });
    expect(outcome).toEqual({
      ok: false,
      fileName: 'big.txt',
      path: '/x/big.txt',
      error: 'big.txt: the file is 20.0 MiB; Marginalia reads documents up to 20 MiB.',
    });
  });

  it('accepts a file of exactly the limit', async () => {
    const bytes = new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61);
    const { document } = await parseOk('edge.txt', bytes);
    expect(document.charCount).toBe(MAX_DOCUMENT_BYTES);
  });

  it('refuses binary content with a clear message', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expectError(
      await parseFile({ name: 'photo.txt', bytes: png }),
      /^photo\.txt: this looks like a binary file, not text \(it contains NUL bytes\)\. Marginalia reads \.txt, \.md and \.html files\.$/,
    );
  });

  it('gives the same text and hash as Chromium for a Windows-1252 Markdown file (see parse-file.browser.test.ts)', async () => {
    const ascii = (t: string) => Array.from(t, (c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii('## Title\r\n\r\n*Urges* '),
      0x93,
      ...ascii('States'),
      0x94,
      ...ascii('<sup>1</sup> '),
      0x80,
    ]);
    const { document } = await parseOk('old.md', bytes);
    expect(document.text).toBe('Title\n\nUrges “States”1 €');
    expect(document.contentHash).toBe(
      'bcf0bb099e8e171e95a680ee756012b3c94bc5e7f65ac6edbca4bdc0d9d0cad3',
    );
  });

  it('reads an HTML page as the plain text of its content element, and refuses a hostile one', async () => {
    const page =
      '<!doctype html><title>T</title><nav>menu</nav><div id="content">\r\n<h1>Odyssey</h1>' +
      '<p class="not-annotatable">note</p><p>Sing, O <i>Muse</i>.</p><script>x()</script></div>';
    const { document } = await parseOk('odyssey.html', utf8(page));
    expect(document.format).toBe('txt');
    expect(document.text).toBe('\nOdysseySing, O Muse.');
    expect(document.contentHash).toBe(await sha256Hex(document.text));
    expectError(
      await parseFile({ name: 'deep.htm', bytes: utf8('<div>'.repeat(5000)) }),
      /^deep\.htm: the page nests elements more than 256 deep; the page was not read\.$/,
    );
    expectError(
      await parseFile({ name: 'empty.html', bytes: utf8('<p class=not-annotatable>x</p>') }),
      /^empty\.html: the page has no text in its content element\.$/,
    );
  });
});
