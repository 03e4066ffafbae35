import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../text/hash';
import { duplicateMessage, parseBatch } from './import-batch';

const file = (name: string, text: string, path?: string) => {
  const bytes = new TextEncoder().encode(text);
  return path === undefined ? { name, bytes } : { name, bytes, path };
};

describe('parseBatch', () => {
  it('imports good files and reports bad ones without stopping', async () => {
    const progress: [number, number][] = [];
    const result = await parseBatch(
      [
        file('a.txt', 'Alpha'),
        file('b.png', 'x', '/p/b.png'),
        file('c.md', '*Gamma*'),
        file('d.txt', ''),
      ],
      [],
      (done, total) => progress.push([done, total]),
    );
    expect(result.documents.map((d) => d.name)).toEqual(['a.txt', 'c.md']);
    expect(result.errors.map((e) => [e.fileName, e.path])).toEqual([
      ['b.png', '/p/b.png'],
      ['d.txt', undefined],
    ]);
    expect(result.errors[1]?.error).toMatch(/^d\.txt: .*is empty/);
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('reports the same text twice in a batch as a duplicate of the first', async () => {
    const result = await parseBatch(
      [
        file('one.txt', 'Same text\r\n'),
        file('two.txt', 'Same text\n', '/d/two.txt'),
        file('three.txt', 'Other'),
      ],
      [],
    );
    expect(result.documents.map((d) => d.name)).toEqual(['one.txt', 'three.txt']);
    expect(result.duplicates).toEqual([
      { fileName: 'two.txt', path: '/d/two.txt', sameAs: 'one.txt' },
    ]);
    expect(duplicateMessage(result.duplicates[0]!)).toBe(
      'two.txt: the same text as "one.txt"; it was not imported again.',
    );
  });

  it('sees a file with a doubled BOM as a duplicate of the same text without one', async () => {
    const body = new TextEncoder().encode('Interview one');
    const doubled = new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...body]);
    const result = await parseBatch(
      [
        { name: 'plain.txt', bytes: body },
        { name: 'doubled.txt', bytes: doubled },
      ],
      [],
    );
    expect(result.duplicates).toEqual([{ fileName: 'doubled.txt', sameAs: 'plain.txt' }]);
    const alone = await parseBatch([{ name: 'doubled.txt', bytes: doubled }], []);
    expect(alone.documents[0]?.text).toBe('Interview one');
    expect(alone.documents[0]?.contentHash).toBe(await sha256Hex('Interview one'));
  });

  it('detects duplicates by canonical text across formats', async () => {
    // Plain text "Title" and Markdown "# Title" have the same canonical text.
    const result = await parseBatch([file('a.txt', 'Title'), file('b.md', '# Title')], []);
    expect(result.duplicates).toEqual([{ fileName: 'b.md', sameAs: 'a.txt' }]);
  });

  it('reports a file already in the project as a duplicate of the known document', async () => {
    const known = [{ contentHash: await sha256Hex('Known text'), name: 'interview-01.txt' }];
    const result = await parseBatch(
      [file('copy.txt', 'Known text'), file('new.txt', 'New text')],
      known,
    );
    expect(result.documents.map((d) => d.name)).toEqual(['new.txt']);
    expect(result.duplicates).toEqual([{ fileName: 'copy.txt', sameAs: 'interview-01.txt' }]);
  });

  it('collects warnings of imported documents', async () => {
    const latin = { name: 'old.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) };
    const result = await parseBatch([latin], []);
    expect(result.documents).toHaveLength(1);
    expect(result.warnings).toEqual([
      expect.stringMatching(/^old\.txt: not valid UTF-8; read as Windows-1252/),
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const promise = parseBatch(
      [file('a.txt', 'A'), file('b.txt', 'B')],
      [],
      (done) => {
        if (done === 1) controller.abort(new Error('cancelled by user'));
      },
      { signal: controller.signal },
    );
    await expect(promise).rejects.toThrow('cancelled by user');
  });
});
