import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportQdpx } from './export-qdpx';
import { importRefiQda } from './import-refi';
import { DEFAULT_LIMITS, type ArchiveLimits } from './limits';
import { RefiQdaError } from './refi-error';
import { escapesArchive, unpackArchive } from './safe-unzip';
import { sampleSnapshot } from './test-support/sample-snapshot';

const options = { now: '2026-11-30T00:00:00.000Z', newId: () => crypto.randomUUID() };
const qde = (body = '') => `<Project xmlns="urn:QDA-XML:project:1.0" name="p">${body}</Project>`;

async function refusal(bytes: Uint8Array, limits?: ArchiveLimits): Promise<string> {
  try {
    await importRefiQda(bytes, 'hostile.qdpx', { ...options, ...(limits ? { limits } : {}) });
  } catch (e) {
    expect(e).toBeInstanceOf(RefiQdaError);
    return (e as Error).message;
  }
  throw new Error('the file was accepted');
}

describe('hostile REFI-QDA input is refused with a message naming the file and the problem', () => {
  it('entries that would leave the archive (Zip Slip)', async () => {
    for (const name of [
      '../evil.txt',
      'sources/../../evil.txt',
      '/etc/passwd',
      'C:/x.txt',
      '..\\x.txt',
    ]) {
      expect(escapesArchive(name)).toBe(true);
      const bytes = zipSync({ 'project.qde': strToU8(qde()), [name]: strToU8('x') });
      expect(await refusal(bytes)).toBe(
        `hostile.qdpx: the entry "${name}" would be unpacked outside the archive`,
      );
    }
    expect(escapesArchive('sources/a..b.txt')).toBe(false);
  });

  it('a zip bomb: stopped by the compression ratio long before it is unpacked', async () => {
    const bomb = zipSync({ 'project.qde': new Uint8Array(16 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(50_000);
    expect(await refusal(bomb)).toMatch(
      /^hostile\.qdpx: the entry "project\.qde" unpacks more than 200 times its packed size/,
    );
  });

  it('an entry larger than the per-entry limit, and archives larger than the total limit', async () => {
    const limits = { ...DEFAULT_LIMITS, maxEntryBytes: 1000, maxTotalBytes: 2500 };
    const text = strToU8('x'.repeat(1001));
    expect(
      await refusal(
        zipSync({ 'project.qde': strToU8(qde()), 'sources/a.txt': text }, { level: 0 }),
        limits,
      ),
    ).toBe('hostile.qdpx: the entry "sources/a.txt" unpacks to more than 1000 bytes');
    const parts = Object.fromEntries(
      [1, 2, 3].map((n) => [`sources/${n}.txt`, strToU8('y'.repeat(900))]),
    );
    expect(await refusal(zipSync({ 'project.qde': strToU8(qde()), ...parts }), limits)).toBe(
      'hostile.qdpx: the archive unpacks to more than 2500 bytes',
    );
  });

  it('more entries than the limit', async () => {
    const entries = Object.fromEntries(
      Array.from({ length: 12 }, (_, n) => [`e${n}.bin`, strToU8('z')]),
    );
    const limits = { ...DEFAULT_LIMITS, maxEntries: 10 };
    expect(await refusal(zipSync(entries), limits)).toBe(
      'hostile.qdpx: the archive has more than 10 entries',
    );
  });

  it('XML with a DOCTYPE or entity declarations (billion laughs, external entities)', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>${qde('<Description>&lol2;</Description>')}`;
    const external = `<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${qde('<Description>&xxe;</Description>')}`;
    for (const xml of [laughs, external]) {
      expect(await refusal(strToU8(xml))).toBe(
        'hostile.qdpx: the XML declares a DOCTYPE (entity declarations are refused for safety)',
      );
      expect(await refusal(zipSync({ 'project.qde': strToU8(xml) }))).toMatch(/DOCTYPE/);
    }
    expect(await refusal(strToU8(qde('<Description>&undefined;</Description>')))).toMatch(
      /^hostile\.qdpx: the XML is not well formed/,
    );
  });

  it('nesting deeper than the limit', async () => {
    const deep = `${'<Code>'.repeat(300)}${'</Code>'.repeat(300)}`;
    expect(await refusal(strToU8(qde(deep)))).toBe(
      'hostile.qdpx: the XML nests deeper than 256 elements',
    );
  });

  it('what is not a REFI-QDA file at all', async () => {
    expect(await refusal(zipSync({ 'readme.txt': strToU8('hi') }))).toBe(
      'hostile.qdpx: the archive has no project.qde',
    );
    expect(await refusal(strToU8('<html><body/></html>'))).toBe(
      'hostile.qdpx: not a REFI-QDA project or codebook (the root element is <html>)',
    );
    expect(await refusal(strToU8('PK\u0003\u0004 not really a zip'))).toMatch(/^hostile\.qdpx: /);
    expect(await refusal(new Uint8Array([0, 1, 2, 3]))).toMatch(
      /^hostile\.qdpx: the XML is not well formed/,
    );
  });

  it('a well-behaved archive passes the same limits', () => {
    const { bytes } = exportQdpx(sampleSnapshot());
    const archive = unpackArchive(bytes, 'ok.qdpx', () => true);
    expect([...archive.files.keys()].sort()).toEqual(archive.names.slice().sort());
  });
});
