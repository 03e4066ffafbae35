import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkRefiQda } from './check-export';
import { exportQdpx } from './export-qdpx';
import { importRefiQda } from './import-refi';
import { sampleSnapshot, SAMPLE_TEXT } from './test-support/sample-snapshot';
import { CODEBOOK_XSD, PROJECT_XSD, xmllint } from './test-support/xmllint';
import { writeQdc } from './write-qdc';
import { writeQde } from './write-qde';

describe('REFI-QDA export', () => {
  it('writes a project.qde that validates against Project.xsd', () => {
    const { qde } = writeQde(sampleSnapshot());
    expect(xmllint(qde, PROJECT_XSD)).toEqual({ valid: true, output: '' });
  });

  it('writes a .qdc that validates against Codebook.xsd', () => {
    expect(xmllint(writeQdc(sampleSnapshot()), CODEBOOK_XSD)).toEqual({ valid: true, output: '' });
  });

  it('a .qdc reads back as the same code tree, colours and descriptions', async () => {
    const snapshot = sampleSnapshot();
    const bytes = new TextEncoder().encode(writeQdc(snapshot));
    const now = '2026-11-30T00:00:00.000Z';
    const back = await importRefiQda(bytes, 'codes.qdc', { now, newId: () => crypto.randomUUID() });
    const shape = (codes: typeof snapshot.codes) =>
      codes
        .filter((c) => !c.deleted)
        .map((c) => [c.id, c.parentId, c.name, c.color, c.description])
        .sort();
    expect(shape(back.snapshot.codes)).toEqual(shape(snapshot.codes));
  });

  it('fails, not skips, when xmllint is missing, saying what to install', () => {
    expect(() => xmllint('<x/>', PROJECT_XSD, 'xmllint-that-is-not-installed')).toThrow(
      /install libxml2-utils/,
    );
  });

  it('a bare .qde carries the texts inside, validates, and reads back', async () => {
    const { qde, sources } = writeQde(sampleSnapshot(), { inlineTexts: true });
    expect(sources.size).toBe(0);
    expect(qde).not.toContain('plainTextPath');
    expect(xmllint(qde, PROJECT_XSD)).toEqual({ valid: true, output: '' });
    expect(checkRefiQda(new TextEncoder().encode(qde), 'p.qde')).toEqual([]);
    const now = '2026-11-30T00:00:00.000Z';
    const back = await importRefiQda(new TextEncoder().encode(qde), 'p.qde', {
      now,
      newId: () => crypto.randomUUID(),
    });
    expect(back.snapshot.documents.map((d) => d.text)).toEqual([SAMPLE_TEXT]);
    expect(back.snapshot.annotations.map((a) => a.quote)).toEqual(
      sampleSnapshot()
        .annotations.filter((a) => !a.deleted)
        .map((a) => a.quote),
    );
  });

  it('xmllint rejects what the schema forbids (the validator is really checking)', () => {
    const broken = writeQde(sampleSnapshot()).qde.replace(/ isCodable="true"/, '');
    expect(xmllint(broken, PROJECT_XSD).valid).toBe(false);
  });

  it('packs project.qde and sources/<guid>.txt as UTF-8 without BOM, LF', () => {
    const entries = unzipSync(exportQdpx(sampleSnapshot()).bytes);
    const names = Object.keys(entries).sort();
    expect(names).toEqual(['project.qde', 'sources/018f3a10-0000-7000-8000-0000000000d1.txt']);
    const text = entries[names[1] as string] as Uint8Array;
    expect(text[0]).not.toBe(0xef);
    expect(strFromU8(text)).toBe(SAMPLE_TEXT);
    expect(xmllint(strFromU8(entries['project.qde'] as Uint8Array), PROJECT_XSD).valid).toBe(true);
  });

  it('passes the checks the schema cannot make: references, ranges, quotes', () => {
    expect(checkRefiQda(exportQdpx(sampleSnapshot()).bytes, 'sample.qdpx')).toEqual([]);
  });

  it('counts positions in code points and writes one coding per code with its coder', () => {
    const { qde } = writeQde(sampleSnapshot());
    // "trust my doctor 😀" starts after "Interview A\nI " (14 code points) and is 17 code points long.
    expect(qde).toMatch(/name="trust my doctor 😀" startPosition="14" endPosition="31"/);
    const selection =
      /<PlainTextSelection[^>]*name="👍🏽[\s\S]*?<\/PlainTextSelection>/.exec(qde)?.[0] ?? '';
    expect(selection.match(/<Coding /g)).toHaveLength(1);
    expect(selection).toContain('creatingUser="018f3a10-0000-7000-8000-000000000002"');
    expect(qde.match(/<Coding /g)).toHaveLength(4); // 2 + 1 + 1, the deleted annotation left out
  });

  it('widens a span that cuts a surrogate pair to the whole character', () => {
    const snapshot = sampleSnapshot();
    const a = snapshot.annotations[0]!; // "trust my doctor 😀", 14-31 in code points
    snapshot.annotations = [{ ...a, end: a.end - 1, quote: a.quote.slice(0, -1) }];
    expect(writeQde(snapshot).qde).toMatch(
      /name="trust my doctor 😀" startPosition="14" endPosition="31"/,
    );
  });

  it('leaves records in the trash out and says when a document has no text', () => {
    const snapshot = sampleSnapshot();
    const { text: _text, ...textless } = snapshot.documents[0]!;
    const written = writeQde({ ...snapshot, documents: [textless] });
    expect(written.qde).not.toContain('name="Old"');
    expect(written.qde).not.toContain('<TextSource');
    expect(written.warnings).toEqual([
      '"interview-a.txt" has no text in this file and was left out',
    ]);
    expect(xmllint(written.qde, PROJECT_XSD).valid).toBe(true);
  });

  it('the checker finds what is wrong in a tampered export', () => {
    const { qde } = writeQde(sampleSnapshot());
    const tampered = qde
      .replace('startPosition="14" endPosition="31"', 'startPosition="15" endPosition="31"')
      .replace(/(<CodeRef targetGUID=")[^"]+/, '$1018f3a10-0000-7000-8000-0000000000ff');
    const problems = checkRefiQda(new TextEncoder().encode(tampered), 'x.qde');
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'The text file internal://018f3a10-0000-7000-8000-0000000000d1.txt is missing',
        'targetGUID points to a GUID that does not exist',
      ]),
    );
  });
});
