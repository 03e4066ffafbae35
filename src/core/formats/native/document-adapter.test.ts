// Reads the sample corpus that ships with the app.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportQdpx } from '../refi-qda/export-qdpx';
import { checkRefiQda } from '../refi-qda/check-export';
import { FormatReadError } from '../registry-types';
import { documentAdapter } from './document-adapter';

const corpus = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../resources/corpus/${name}`, import.meta.url)));
let n = 0;
const context = (fileName: string) => ({
  fileName,
  now: '2026-11-30T00:00:00.000Z',
  newId: () => `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
});

describe('document adapter', () => {
  it('reads a sample corpus document as a one-document project, exportable as .qdpx', async () => {
    for (const name of ['A-RES-68-187.txt', 'E-RES-2011-31.md']) {
      const { snapshot } = await documentAdapter.read!(
        corpus(name),
        context(`resources/corpus/${name}`),
      );
      expect(snapshot.documents).toHaveLength(1);
      const doc = snapshot.documents[0]!;
      expect(doc.name).toBe(name);
      expect(doc.text?.length).toBe(doc.charCount);
      expect(doc.text).not.toContain('\r');
      expect(snapshot.project.name).toBe(name.replace(/\.[^.]+$/, ''));
      expect(checkRefiQda(exportQdpx(snapshot).bytes, 'doc.qdpx')).toEqual([]);
    }
  });

  it('refuses a binary file with the parser’s message', async () => {
    await expect(
      documentAdapter.read!(new Uint8Array([0, 1, 2, 0, 0, 3]), context('x.txt')),
    ).rejects.toBeInstanceOf(FormatReadError);
  });
});
