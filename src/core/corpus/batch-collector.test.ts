import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../model/types';
import { BatchCollector } from './import-batch';

const doc = (name: string, contentHash: string, sourcePath?: string): ParsedDocument => ({
  name,
  format: 'txt',
  text: name,
  blocks: [],
  marks: [],
  contentHash,
  byteSize: 1,
  charCount: 1,
  encoding: 'utf-8',
  encodingFallback: false,
  ...(sourcePath ? { sourcePath } : {}),
});

describe('BatchCollector (outcomes parsed elsewhere, e.g. in the desktop main process)', () => {
  it('keeps errors, reports duplicates against the project and within the batch, and adds the rest', () => {
    const batch = new BatchCollector([{ contentHash: 'h1', name: 'already.txt' }]);
    batch.add({ ok: false, fileName: 'scan.txt', path: '/in/scan.txt', error: 'scan.txt: binary' });
    batch.add({ ok: true, document: doc('copy.txt', 'h1', '/in/copy.txt'), warnings: [] });
    batch.add({ ok: true, document: doc('new.txt', 'h2'), warnings: ['new.txt: check it'] });
    batch.add({ ok: true, document: doc('new-again.txt', 'h2'), warnings: [] });
    expect(batch.result.errors).toEqual([
      { fileName: 'scan.txt', path: '/in/scan.txt', error: 'scan.txt: binary' },
    ]);
    expect(batch.result.duplicates).toEqual([
      { fileName: 'copy.txt', path: '/in/copy.txt', sameAs: 'already.txt' },
      { fileName: 'new-again.txt', sameAs: 'new.txt' },
    ]);
    expect(batch.result.documents.map((d) => d.name)).toEqual(['new.txt']);
    expect(batch.result.warnings).toEqual(['new.txt: check it']);
  });
});
