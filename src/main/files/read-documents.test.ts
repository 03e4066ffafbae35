import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputFile, ParseOutcome } from '../../core/corpus/parse-outcome';
import { readDocuments } from './read-documents';
import { runningAsRoot, tempDirsPerTest } from './test-temp-dir';

const tempDir = tempDirsPerTest();

/** A stand-in parser that records what it was given and fails on files containing "BAD". */
function stubParser() {
  const seen: InputFile[] = [];
  const parse = async (input: InputFile): Promise<ParseOutcome> => {
    seen.push(input);
    const text = new TextDecoder().decode(input.bytes);
    if (text.includes('BAD')) return { ok: false, fileName: input.name, error: 'unparseable' };
    if (text.includes('THROW')) throw new Error('parser crashed');
    return {
      ok: true,
      warnings: [],
      document: {
        name: input.name,
        format: 'txt',
        text,
        blocks: [],
        marks: [],
        contentHash: 'x',
        byteSize: input.bytes.byteLength,
        charCount: text.length,
        encoding: 'utf-8',
        encodingFallback: false,
        sourcePath: input.path,
      },
    };
  };
  return { seen, parse };
}

describe('readDocuments', () => {
  it('reads each file and hands its name, bytes and path to the parser, in order', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), 'alpha');
    await writeFile(join(dir, 'b.md'), '# beta');
    const { seen, parse } = stubParser();
    const outcomes = await readDocuments(
      [
        { path: join(dir, 'a.txt'), name: 'a.txt' },
        { path: join(dir, 'b.md'), name: 'sub/b.md' },
      ],
      parse,
    );
    expect(seen.map((s) => [s.name, new TextDecoder().decode(s.bytes), s.path])).toEqual([
      ['a.txt', 'alpha', join(dir, 'a.txt')],
      ['sub/b.md', '# beta', join(dir, 'b.md')],
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
  });

  it('turns a missing file, a folder, a parse failure and a parser crash into per-file errors', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'good.txt'), 'fine');
    await writeFile(join(dir, 'bad.txt'), 'BAD');
    await writeFile(join(dir, 'crash.txt'), 'THROW');
    await mkdir(join(dir, 'folder.txt'));
    const { parse } = stubParser();
    const outcomes = await readDocuments(
      ['gone.txt', 'folder.txt', 'bad.txt', 'crash.txt', 'good.txt'].map((name) => ({
        path: join(dir, name),
        name,
      })),
      parse,
    );
    expect(outcomes.map((o) => o.ok)).toEqual([false, false, false, false, true]);
    const errors = outcomes.map((o) => (o.ok ? '' : o.error));
    expect(errors[0]).toMatch(/gone\.txt: it does not exist/);
    expect(errors[1]).toMatch(/not a regular file/);
    expect(errors[2]).toBe('unparseable');
    expect(errors[3]).toMatch(/Could not parse crash\.txt: parser crashed/);
    const first = outcomes[0];
    expect(first && !first.ok && first.fileName).toBe('gone.txt');
  });

  it.skipIf(runningAsRoot)(
    'reports a file without read permission as a per-file error',
    async () => {
      const dir = await tempDir();
      await writeFile(join(dir, 'locked.txt'), 'secret');
      await chmod(join(dir, 'locked.txt'), 0o000);
      const outcomes = await readDocuments(
        [{ path: join(dir, 'locked.txt'), name: 'locked.txt' }],
        stubParser().parse,
      );
      expect(outcomes[0]?.ok).toBe(false);
      expect(outcomes[0] && !outcomes[0].ok && outcomes[0].error).toMatch(/permission denied/);
    },
  );

  it('refuses files over the per-file cap and stops adding once the batch cap is reached', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(100));
    await writeFile(join(dir, 'one.txt'), 'x'.repeat(40));
    await writeFile(join(dir, 'two.txt'), 'x'.repeat(40));
    await writeFile(join(dir, 'three.txt'), 'x'.repeat(10));
    const { seen, parse } = stubParser();
    const outcomes = await readDocuments(
      ['big.txt', 'one.txt', 'two.txt', 'three.txt'].map((name) => ({
        path: join(dir, name),
        name,
      })),
      parse,
      { maxBytesPerFile: 50, maxTotalBytes: 60 },
    );
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, false, true]);
    expect(seen.map((s) => s.name)).toEqual(['one.txt', 'three.txt']);
    expect(outcomes[0] && !outcomes[0].ok && outcomes[0].error).toMatch(/reads documents up to/);
    expect(outcomes[2] && !outcomes[2].ok && outcomes[2].error).toMatch(/another batch/);
  });
});
