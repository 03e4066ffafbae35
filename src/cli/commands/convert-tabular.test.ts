// Converts a real export, read in place, to the formats other tools take.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../main';
import { memoryIo } from '../test-support/memory-io';

const qc = () =>
  new Uint8Array(
    readFileSync(new URL('../../../../shared/interop/qc-1.3.2-demo.qdpx', import.meta.url)),
  );
// ignoreBOM keeps the byte order mark in the decoded text, so the test can see it was written.
const decode = (bytes: Uint8Array | undefined) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('marginalia convert to CSV, XLSX and W3C', () => {
  it('writes one CSV row per coding whose quote is its range, a workbook, and W3C annotations', async () => {
    const io = memoryIo({ 'qc.qdpx': qc() });
    expect(await run(['convert', 'qc.qdpx', 'qc.json'], io)).toBe(0);
    const project = JSON.parse(decode(io.files.get('qc.json')).replace(/^\uFEFF/, '')) as {
      documents: { id: string; text: string }[];
      annotations: { codeIds: string[]; deleted: boolean }[];
    };
    const codings = project.annotations
      .filter((a) => !a.deleted)
      .reduce((n, a) => n + a.codeIds.length, 0);

    expect(await run(['convert', 'qc.json', 'segments.csv'], io)).toBe(0);
    const csv = decode(io.files.get('segments.csv'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(codings);
    const texts = new Map(project.documents.map((d) => [d.id, d.text]));
    for (const r of rows) {
      expect(
        texts.get(r.document_id ?? '')?.slice(Number(r.start_utf16), Number(r.end_utf16)),
      ).toBe(r.quote);
    }

    expect(await run(['convert', 'qc.json', 'codebook.codebook.csv'], io)).toBe(0);
    expect(decode(io.files.get('codebook.codebook.csv'))).toMatch(
      /^\uFEFFpath,colour,description,hotkey\r\n/,
    );

    expect(await run(['convert', 'qc.json', 'qc.xlsx'], io)).toBe(0);
    expect(Object.keys(unzipSync(io.files.get('qc.xlsx') ?? new Uint8Array()))).toContain(
      'xl/worksheets/sheet3.xml',
    );

    expect(await run(['convert', 'qc.json', 'qc.w3c.json'], io)).toBe(0);
    const w3c = JSON.parse(decode(io.files.get('qc.w3c.json'))) as { total: number };
    expect(w3c.total).toBe(project.annotations.filter((a) => !a.deleted).length);
  });
});
