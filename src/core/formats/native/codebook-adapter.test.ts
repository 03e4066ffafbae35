// Reads the starter codebook that ships with the app.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatReadError } from '../registry-types';
import { codebookAdapter, isCodebookJson } from './codebook-adapter';
import { nativeAdapter } from './native-adapter';

const starter = new Uint8Array(
  readFileSync(new URL('../../../../resources/starter-codebook.json', import.meta.url)),
);
const context = {
  fileName: 'resources/starter-codebook.json',
  now: '2026-11-30T00:00:00.000Z',
  newId: () => 'new-id',
};

describe('native codebook files', () => {
  it('reads the starter codebook as a codebook-only snapshot, through either adapter', async () => {
    expect(isCodebookJson(starter)).toBe(true);
    const file = JSON.parse(new TextDecoder().decode(starter));
    const { snapshot } = await codebookAdapter.read!(starter, context);
    expect(snapshot.codes.map((c) => c.id)).toEqual(file.codes.map((c: { id: string }) => c.id));
    expect(snapshot.project.name).toBe('starter-codebook');
    expect(snapshot.documents).toEqual([]);
    expect((await nativeAdapter.read!(starter, context)).snapshot).toEqual(snapshot);
    expect(await nativeAdapter.validate!(starter, context)).toEqual([]);
  });

  it('writes the codes back as the same codebook file', async () => {
    const { snapshot } = await codebookAdapter.read!(starter, context);
    const { data } = await codebookAdapter.write!(snapshot, context);
    expect(JSON.parse(data as string)).toEqual(JSON.parse(new TextDecoder().decode(starter)));
  });

  it('refuses a broken codebook with located problems', async () => {
    const file = JSON.parse(new TextDecoder().decode(starter));
    file.codes[0].parentId = 'missing';
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    await expect(codebookAdapter.read!(bytes, context)).rejects.toBeInstanceOf(FormatReadError);
    expect((await codebookAdapter.validate!(bytes, context))[0]).toMatchObject({
      recordId: file.codes[0].id,
    });
  });
});
