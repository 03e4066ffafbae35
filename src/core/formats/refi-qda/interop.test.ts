// Tests read the real exports in place; the core's purity rule is for shipped code.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../model/snapshot';
import { importRefiQda } from './import-refi';

/**
 * Every real export in ../shared/interop/ imports with the expected counts and every text
 * selection at the characters the producing tool coded. The expected text of each selection is
 * computed here independently (regular expressions over the XML, the convention the README
 * documents for each tool), never from the importer. Assertions compare counts, so a failure
 * never prints the files' text (some of it is personal data).
 */
const INTEROP = new URL('../../../../../shared/interop/', import.meta.url);
const read = (name: string) => new Uint8Array(readFileSync(new URL(name, INTEROP)));
let seq = 0;
const options = {
  now: '2026-11-30T00:00:00.000Z',
  newId: () => `00000000-0000-7000-8000-${String(++seq).padStart(12, '0')}`,
};

interface RawSelection {
  sourceGuid: string;
  start: number;
  end: number;
  name: string;
  codeGuids: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Selections with their source and codes, read from the XML with regular expressions. */
function rawSelections(qde: string): RawSelection[] {
  const out: RawSelection[] = [];
  for (const source of qde.matchAll(/<TextSource\b([^>]*)>([\s\S]*?)<\/TextSource>/g)) {
    const sourceGuid = (attr(source[1] as string, 'guid') as string).toLowerCase();
    for (const sel of (source[2] as string).matchAll(
      /<PlainTextSelection\b([^>]*?)(?:\/>|>([\s\S]*?)<\/PlainTextSelection>)/g,
    )) {
      out.push({
        sourceGuid,
        start: Number(attr(sel[1] as string, 'startPosition')),
        end: Number(attr(sel[1] as string, 'endPosition')),
        name: attr(sel[1] as string, 'name') ?? '',
        codeGuids: [...(sel[2] ?? '').matchAll(/<CodeRef targetGUID="([^"]+)"/g)].map((m) =>
          (m[1] as string).toLowerCase(),
        ),
      });
    }
  }
  return out;
}

/** How many selections have an annotation on their document with this text and each of their codes. */
function placedCount(
  snapshot: ProjectSnapshot,
  selections: RawSelection[],
  expectedText: (s: RawSelection) => string,
): number {
  let placed = 0;
  for (const s of selections) {
    const text = expectedText(s);
    const hit = snapshot.annotations.some(
      (a) =>
        a.documentId === s.sourceGuid &&
        a.quote === text &&
        s.codeGuids.every((c) => a.codeIds.includes(c)),
    );
    if (hit) placed++;
  }
  return placed;
}

function depth(snapshot: ProjectSnapshot): number {
  const byId = new Map(snapshot.codes.map((c) => [c.id, c]));
  let max = 0;
  for (const c of snapshot.codes) {
    let d = 1;
    for (let p = c.parentId; p; p = byId.get(p)?.parentId ?? null) d++;
    max = Math.max(max, d);
  }
  return max;
}

describe('real REFI-QDA exports', () => {
  it('NVivo 12.6 for Windows: UTF-16 units over CRLF text with BOM, Sources/, 303 codings', async () => {
    const bytes = read('nvivo-win12.6-oltas0517.qdpx');
    const { snapshot, report } = await importRefiQda(bytes, 'nvivo.qdpx', options);
    expect(snapshot.coders).toHaveLength(2);
    expect(snapshot.codes).toHaveLength(152);
    expect(snapshot.codes.filter((c) => c.parentId === null)).toHaveLength(12);
    expect(depth(snapshot)).toBe(4);
    expect(snapshot.documents).toHaveLength(2);
    expect(
      snapshot.documents.every((d) => !d.text?.includes('\r') && d.text?.charCodeAt(0) !== 0xfeff),
    ).toBe(true);
    expect(new Set(snapshot.annotations.map((a) => a.documentId)).size).toBe(1);
    expect(snapshot.annotations.reduce((n, a) => n + a.codeIds.length, 0)).toBe(303);
    expect(new Set(snapshot.annotations.map((a) => `${a.start}:${a.end}`)).size).toBe(188);

    const files = unzipSync(bytes);
    const qde = new TextDecoder().decode(files['project.qde']);
    const selections = rawSelections(qde);
    expect(selections).toHaveLength(303);
    // The README's convention for NVivo: UTF-16 units over the raw text, BOM excluded, CRLF as two.
    const raw = (guid: string) => new TextDecoder().decode(files[`Sources/${guid}.txt`]);
    const texts = new Map<string, string>();
    const nvivoText = (s: RawSelection) => {
      const text = texts.get(s.sourceGuid) ?? raw(s.sourceGuid);
      texts.set(s.sourceGuid, text);
      return text.slice(s.start, s.end).replace(/\r\n/g, '\n');
    };
    expect(placedCount(snapshot, selections, nvivoText)).toBe(303);
    expect(report.placements.map((p) => [p.convention, p.evidence])).toEqual([
      ['utf16-crlf', 'word boundaries'],
    ]);
    // Counting code points (what the standard says) would misplace most of them.
    const codePoints = new Map<string, string[]>();
    const codePointText = (s: RawSelection) => {
      const cps =
        codePoints.get(s.sourceGuid) ?? Array.from(nvivoText({ ...s, start: 0, end: Infinity }));
      codePoints.set(s.sourceGuid, cps);
      return cps.slice(s.start, s.end).join('');
    };
    expect(placedCount(snapshot, selections, codePointText)).toBeLessThan(150);
  }, 30_000);

  it('NVivo for Mac as the README describes it: sources/, .root entry, LF without BOM, UTF-16 units', async () => {
    // Rebuilt from the Windows export: texts to LF without BOM, positions recounted in UTF-16
    // units over the LF text, the folder lower case with an empty sources/.root entry.
    const files = unzipSync(read('nvivo-win12.6-oltas0517.qdpx'));
    const raw = new Map<string, string>();
    const mac: Record<string, Uint8Array> = { 'sources/.root': new Uint8Array(0) };
    for (const [name, data] of Object.entries(files)) {
      const guid = /^Sources\/(.+)\.txt$/.exec(name)?.[1];
      if (!guid) continue;
      const text = new TextDecoder().decode(data);
      raw.set(guid, text);
      mac[`sources/${guid}.txt`] = new TextEncoder().encode(text.replace(/\r\n/g, '\n'));
    }
    const lfOffset = (guid: string, offset: number) =>
      offset - (raw.get(guid)?.slice(0, offset).match(/\r\n/g)?.length ?? 0);
    const qde = new TextDecoder()
      .decode(files['project.qde'])
      .replace(
        /(<TextSource\b[^>]*guid="([^"]+)"[\s\S]*?<\/TextSource>)/g,
        (source: string, _all: string, guid: string) =>
          source.replace(
            /startPosition="(\d+)" endPosition="(\d+)"/g,
            (_m, a: string, b: string) =>
              `startPosition="${lfOffset(guid, Number(a))}" endPosition="${lfOffset(guid, Number(b))}"`,
          ),
      );
    mac['project.qde'] = new TextEncoder().encode(qde.replace(/\r\n/g, '\n'));
    const { snapshot, report } = await importRefiQda(zipSync(mac), 'nvivo-mac.qdpx', options);
    expect(report.placements.map((p) => p.convention)).toEqual(['utf16']);
    const selections = rawSelections(qde);
    const macText = (s: RawSelection) =>
      new TextDecoder().decode(mac[`sources/${s.sourceGuid}.txt`]).slice(s.start, s.end);
    expect(placedCount(snapshot, selections, macText)).toBe(303);
  }, 30_000);

  it('qc 1.3.2: no XML declaration, plainTextPath without internal://, whole-line selections', async () => {
    const bytes = read('qc-1.3.2-demo.qdpx');
    const { snapshot } = await importRefiQda(bytes, 'qc.qdpx', options);
    expect(snapshot.coders).toHaveLength(1);
    expect(snapshot.codes).toHaveLength(262);
    expect(depth(snapshot)).toBe(7);
    expect(snapshot.documents).toHaveLength(2);
    expect(snapshot.annotations.reduce((n, a) => n + a.codeIds.length, 0)).toBe(205);
    const files = unzipSync(bytes);
    const qde = new TextDecoder().decode(files['project.qde']);
    const paths = new Map(
      [...qde.matchAll(/<TextSource\b([^>]*)>/g)].map((m) => [
        (attr(m[1] as string, 'guid') as string).toLowerCase(),
        attr(m[1] as string, 'plainTextPath') as string,
      ]),
    );
    const selections = rawSelections(qde);
    expect(selections).toHaveLength(158);
    const qcText = (s: RawSelection) => {
      const text = new TextDecoder().decode(files[`sources/${paths.get(s.sourceGuid)}`]);
      return Array.from(text).slice(s.start, s.end).join('');
    };
    expect(placedCount(snapshot, selections, qcText)).toBe(158);
    expect(snapshot.annotations.every((a) => a.quote.endsWith('\n'))).toBe(true);
  });

  it('ATLAS.ti 8.4: a bare .qde without texts imports codes and users and reports the rest', async () => {
    const { snapshot, report } = await importRefiQda(
      read('atlasti-mac8.4-refi-standard-project.qde'),
      'atlas.qde',
      options,
    );
    expect(snapshot.codes).toHaveLength(14);
    expect(snapshot.codes.every((c) => c.parentId === null)).toBe(true);
    expect(snapshot.coders).toHaveLength(3);
    expect(snapshot.documents).toHaveLength(0);
    expect(snapshot.codes.every((c) => /^[0-9a-f-]{36}$/.test(c.id))).toBe(true);
    const missing = report.notCarried.filter((l) => l.includes('is missing from the file'));
    // 6 text sources and 2 PDF text layers, holding the 8 text selections between them.
    expect(missing).toHaveLength(8);
    const unplaced = missing.map((l) => {
      const m = /its (\d+ selections|selection) could/.exec(l)?.[1];
      return m === undefined ? 0 : m === 'selection' ? 1 : parseInt(m, 10);
    });
    expect(unplaced.reduce((a, b) => a + b, 0)).toBe(8);
    const notCarried = report.notCarried.join('\n');
    for (const what of [
      '2 PDF sources',
      '1 picture source',
      '1 audio source',
      '2 video sources',
      '7 selections in PDF',
      '16 sets',
      '1 link',
      '1 graph',
    ]) {
      expect(notCarried).toContain(what);
    }
  });

  it('QualCoder 3.8.2 codebook: 38 codes, 6 categories with children, colours, descriptions', async () => {
    const bytes = read('qualcoder-3.8.2-mixedmeasures-codebook.qdc');
    const xml = new TextDecoder().decode(bytes);
    const check = (snapshot: ProjectSnapshot) => {
      expect(snapshot.codes).toHaveLength(38);
      const parents = new Set(snapshot.codes.map((c) => c.parentId).filter((p) => p !== null));
      expect(parents.size).toBe(6);
      // Codes keep their colours; the six without one get a palette colour.
      const colours = [...xml.matchAll(/<Code [^>]*>/g)].map((m) =>
        /color="([^"]+)"/.exec(m[0])?.[1]?.toLowerCase(),
      );
      expect(colours.filter((c) => c === undefined)).toHaveLength(6);
      snapshot.codes.forEach((c, i) => expect(c.color).toBe(colours[i] ?? c.color));
      expect(snapshot.codes.every((c) => /^#[0-9a-f]{6}$/.test(c.color))).toBe(true);
      const names = [...xml.matchAll(/<Code [^>]*name="([^"]*)"/g)].length;
      expect(snapshot.codes.map((c) => c.name).length).toBe(names);
      expect(snapshot.codes.filter((c) => c.description !== '')).toHaveLength(5);
      expect(snapshot.codes.some((c) => c.description.includes('\n'))).toBe(true);
      expect(snapshot.codes.some((c) => /[&<>"']/.test(c.name + c.description))).toBe(true);
    };
    const plain = await importRefiQda(bytes, 'qualcoder.qdc', options);
    check(plain.snapshot);
    // The original export had a BOM and CRLF line ends.
    const original = new TextEncoder().encode(`\uFEFF${xml.replace(/\n/g, '\r\n')}`);
    const withBom = await importRefiQda(original, 'qualcoder-crlf.qdc', options);
    check(withBom.snapshot);
    expect(withBom.snapshot.codes.map((c) => [c.name, c.description])).toEqual(
      plain.snapshot.codes.map((c) => [c.name, c.description]),
    );
  });

  it('Taguette 1.4.1 codebook: schema-invalid (empty <Sets/>), upper-case GUIDs, no colours', async () => {
    const bytes = read('taguette-1.4.1-mixedmeasures-codebook.qdc');
    const { snapshot } = await importRefiQda(bytes, 'taguette.qdc', options);
    expect(snapshot.codes).toHaveLength(3);
    const guids = [...new TextDecoder().decode(bytes).matchAll(/guid="([^"]+)"/g)].map((m) =>
      (m[1] as string).toLowerCase(),
    );
    expect(snapshot.codes.map((c) => c.id)).toEqual(guids);
    expect(new Set(snapshot.codes.map((c) => c.color)).size).toBe(3);
  });

  it('the hand-made codebook: a braced GUID is the same code as its plain form', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../refi-qda/example-codebook.qdc', INTEROP)),
    );
    const xml = new TextDecoder().decode(bytes);
    expect(xml).toContain('guid="{66e99052-28f2-472a-90c0-4aaa3a38e000}"');
    const { snapshot, report } = await importRefiQda(bytes, 'example.qdc', options);
    expect(snapshot.codes.map((c) => c.id)).toContain('66e99052-28f2-472a-90c0-4aaa3a38e000');
    expect(snapshot.codes.find((c) => c.name === 'Medical trust')?.parentId).toBe(
      '013ebed3-3c16-4190-afff-0dc13a60a30a',
    );
    expect(report.notCarried).toContain('1 set');
  });

  it('the hand-made example: quotes in name, code points, an emoji before a selection', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../refi-qda/example-project.qdpx', INTEROP)),
    );
    const { snapshot, report } = await importRefiQda(bytes, 'example.qdpx', options);
    expect(snapshot.annotations.map((a) => a.quote)).toEqual(['trust my doctor', 'café']);
    expect(report.placements[0]).toMatchObject({
      convention: 'code-points',
      evidence: 'quotes',
      quoteMismatches: 0,
    });
    expect(snapshot.annotations[0]?.memo).toContain('Compare with interview B');
    expect(report.notCarried.join('\n')).toMatch(/1 set[\s\S]*1 case/);
    // The source's variable value comes in as a document attribute, so it is not listed as lost.
    expect(report.notCarried.join('\n')).not.toMatch(/variable/);
    const qde = new TextDecoder().decode(unzipSync(bytes)['project.qde']);
    const source = /<TextSource\b[\s\S]*?<\/TextSource>/.exec(qde)?.[0] ?? '';
    const value = /<TextValue>([^<]*)<\/TextValue>/.exec(source)?.[1];
    expect(value).toBeDefined();
    expect(snapshot.documents[0]?.attributes).toEqual({ 'Age group': value });
  });
});
