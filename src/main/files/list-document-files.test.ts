import { mkdir, symlink, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocumentFiles, TooManyDocumentsError } from './list-document-files';
import { runningAsRoot, tempDirsPerTest } from './test-temp-dir';

const tempDir = tempDirsPerTest();

async function put(root: string, relativePath: string, content = 'text'): Promise<void> {
  const path = join(root, ...relativePath.split('/'));
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
}

const relativePaths = (listing: Awaited<ReturnType<typeof listDocumentFiles>>) =>
  listing.files.map((f) => f.relativePath);

describe('listDocumentFiles', () => {
  it('finds documents in sub-folders, in a stable order, with absolute and relative paths', async () => {
    const root = await tempDir();
    await put(root, 'b.txt');
    await put(root, 'a.md');
    await put(root, 'interviews/2024/c.markdown');
    await put(root, 'interviews/d.TXT');
    const listing = await listDocumentFiles(root);
    expect(relativePaths(listing)).toEqual([
      'a.md',
      'b.txt',
      'interviews/2024/c.markdown',
      'interviews/d.TXT',
    ]);
    expect(listing.files[0]?.path).toBe(join(root, 'a.md'));
    expect(listing.problems).toEqual([]);
  });

  it('skips hidden files and dot-folders', async () => {
    const root = await tempDir();
    await put(root, 'keep.txt');
    await put(root, '.hidden.txt');
    await put(root, '.git/notes.md');
    await put(root, 'sub/.cache/x.txt');
    expect(relativePaths(await listDocumentFiles(root))).toEqual(['keep.txt']);
  });

  it('takes only .txt, .md, .markdown and .html files', async () => {
    const root = await tempDir();
    for (const name of [
      'a.txt',
      'b.md',
      'c.markdown',
      'c2.html',
      'd.docx',
      'e.pdf',
      'f.json',
      'g',
      'h.txt.bak',
    ])
      await put(root, name);
    expect(relativePaths(await listDocumentFiles(root))).toEqual([
      'a.txt',
      'b.md',
      'c.markdown',
      'c2.html',
    ]);
  });

  it('follows links that stay inside the folder, once, and reports links that leave it', async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await put(root, 'real/a.txt');
    await put(outside, 'secret.txt');
    await symlink(join(root, 'real'), join(root, 'alias'));
    await symlink(join(root, 'real', 'a.txt'), join(root, 'link-to-a.txt'));
    await symlink(outside, join(root, 'out-folder'));
    await symlink(join(outside, 'secret.txt'), join(root, 'out-file.txt'));
    await symlink(root, join(root, 'real', 'loop'));
    const listing = await listDocumentFiles(root);
    const found = relativePaths(listing);
    expect(found).toContain('link-to-a.txt');
    expect(found.filter((p) => p.endsWith('a.txt')).length).toBe(2); // real/a.txt (or alias/a.txt) + link
    expect(found.some((p) => p.includes('secret'))).toBe(false);
    expect(listing.problems.map((p) => p.relativePath).sort()).toEqual([
      'out-file.txt',
      'out-folder',
    ]);
    expect(listing.problems[0]?.message).toMatch(/outside the chosen folder/);
  });

  it('reports a broken link to a document as a problem', async () => {
    const root = await tempDir();
    await symlink(join(root, 'gone.txt'), join(root, 'broken.txt'));
    const listing = await listDocumentFiles(root);
    expect(listing.files).toEqual([]);
    expect(listing.problems).toHaveLength(1);
    expect(listing.problems[0]?.message).toMatch(/broken\.txt: it does not exist/);
  });

  it.skipIf(runningAsRoot)('reports an unreadable sub-folder and keeps walking', async () => {
    const root = await tempDir();
    await put(root, 'ok.txt');
    await put(root, 'locked/x.txt');
    await chmod(join(root, 'locked'), 0o000);
    try {
      const listing = await listDocumentFiles(root);
      expect(relativePaths(listing)).toEqual(['ok.txt']);
      expect(listing.problems[0]?.message).toMatch(/permission denied/);
    } finally {
      await chmod(join(root, 'locked'), 0o755);
    }
  });

  it('refuses a folder with more documents than the cap, with a clear message', async () => {
    const root = await tempDir();
    for (let i = 0; i < 4; i++) await put(root, `d${i}.txt`);
    await expect(listDocumentFiles(root, 3)).rejects.toBeInstanceOf(TooManyDocumentsError);
    await expect(listDocumentFiles(root, 3)).rejects.toThrow(/more than 3 documents/);
    expect(relativePaths(await listDocumentFiles(root, 4))).toHaveLength(4);
  });
});
