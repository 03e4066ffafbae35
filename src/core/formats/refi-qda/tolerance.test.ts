import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importRefiQda } from './import-refi';

const options = { now: '2026-11-30T00:00:00.000Z', newId: () => crypto.randomUUID() };
const U = 'aaaaaaaa-0000-4000-8000-00000000000';

/** A small project with whatever sources and selections a test needs. */
const project = (sources: string, extra = '') => `<?xml version="1.0" encoding="UTF-16"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Tolerance" creatingUserGUID="${U}1">
  <Users><User guid="${U}1" name="Ada"/></Users>
  <CodeBook><Codes><Code guid="${U}2" name="Trust" isCodable="true"/></Codes></CodeBook>
  <Sources>${sources}</Sources>${extra}
</Project>`;
const selection = (guid: string, start: number, end: number, code = `${U}2`) =>
  `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}"><Coding guid="${guid.slice(0, -1)}f"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe('tolerant reading', () => {
  it('UTF-16 XML and texts, files at the archive root, Windows paths, inline text', async () => {
    const xml = project(
      `<TextSource guid="${U}3" name="one" plainTextPath="C:\\Users\\ada\\Sources\\One.TXT">${selection(`${U}4`, 0, 5)}</TextSource>
       <TextSource guid="${U}5" name="two"><PlainTextContent>inline text here</PlainTextContent>${selection(`${U}6`, 7, 11)}</TextSource>`,
    );
    const bytes = zipSync({ 'project.qde': utf16le(xml), 'one.txt': utf16le('Trust me, friend.') });
    const { snapshot, report } = await importRefiQda(bytes, 't.qdpx', options);
    expect(snapshot.annotations.map((a) => a.quote)).toEqual(['Trust', 'text']);
    expect(snapshot.documents.map((d) => d.encoding)).toEqual(['utf-16le', 'utf-8']);
    expect(report.notCarried).toEqual([]);
  });

  it('a project inside a folder of the archive', async () => {
    const xml = project(
      `<TextSource guid="${U}3" name="one" plainTextPath="internal://${U}3.txt">${selection(`${U}4`, 0, 5)}</TextSource>`,
    );
    const bytes = zipSync({
      'My project/': new Uint8Array(0),
      'My project/project.qde': utf16le(xml),
      [`My project/Sources/${U}3.txt`]: strToU8('Trust me.'),
    });
    const { snapshot } = await importRefiQda(bytes, 't.qdpx', options);
    expect(snapshot.annotations.map((a) => a.quote)).toEqual(['Trust']);
  });

  it('reports selections outside the text, codings of missing codes, repeated GUIDs', async () => {
    const xml = project(
      `<TextSource guid="${U}3" name="one"><PlainTextContent>Trust me.</PlainTextContent>${selection(`${U}4`, 0, 5)}${selection(`${U}7`, 3, 99)}${selection(`${U}8`, 0, 2, `${U}9`)}</TextSource>
       <TextSource guid="${U}3" name="again"><PlainTextContent>Again.</PlainTextContent></TextSource>`,
      `<Notes><Note guid="${U}a" name="Loose"><PlainTextContent>A note on nothing</PlainTextContent></Note></Notes>`,
    );
    const { snapshot, report } = await importRefiQda(strToU8(xml), 't.qde', options);
    expect(snapshot.documents.map((d) => d.name)).toEqual(['one', 'again']);
    expect(new Set(snapshot.documents.map((d) => d.id)).size).toBe(2);
    expect(snapshot.annotations.map((a) => [a.quote, a.codeIds.length])).toEqual([
      ['Trust', 1],
      ['Tr', 0],
    ]);
    expect(report.defects).toEqual([
      '1 selection lies outside the text and left out',
      '1 coding points to codes that do not exist',
    ]);
    expect(snapshot.project.memo).toBe('A note on nothing');
  });
});
