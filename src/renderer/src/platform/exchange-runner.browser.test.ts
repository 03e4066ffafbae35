import { describe, expect, it } from 'vitest';
import {
  annotation,
  code,
  CODER,
  document,
  project,
} from '../../../core/repository/test-support/records';
import { createWorkerExchange, inThreadExchange } from './exchange-runner';

const snapshot = {
  project: project('p'),
  coders: [{ id: CODER, name: 'Ada', createdAt: '2026-01-01T00:00:00.000Z' }],
  documents: [{ ...document('p', 'd', 'Text of d.'), contentHash: 'ab'.repeat(32) }],
  codes: [code('p', 'c')],
  annotations: [annotation('p', 'd', 'a', ['c'])],
  purged: [],
};
const request = {
  snapshot,
  exportedBy: { coderId: CODER, name: 'Ada' },
  options: { includeTexts: false },
  now: '2026-02-01T00:00:00.000Z',
};

describe('exchange work in a Web Worker', () => {
  it('writes the same file as on the calling thread, and reads it back', async () => {
    const worker = createWorkerExchange();
    const text = await worker.writeExchange(request);
    expect(text).toBe(await inThreadExchange.writeExchange(request));
    const read = await worker.readExchange('p.json', text);
    expect(read.ok && read.data.annotations.map((a) => a.id)).toEqual(['a']);
    const broken = await worker.readExchange('broken.json', '{"format": "nope"}');
    expect(broken.ok).toBe(false);
  });

  it('stops when cancelled, and the next job still runs', async () => {
    const worker = createWorkerExchange();
    const controller = new AbortController();
    const job = worker.writeExchange(request, controller.signal);
    controller.abort();
    await expect(job).rejects.toThrow();
    expect(JSON.parse(await worker.writeExchange(request)).format).toBe('marginalia-exchange');
  });
});
