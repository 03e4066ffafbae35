import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../../core/anchoring/quote-context';
import { reanchorWorkload } from '../../../../core/anchoring/reanchor/reanchor.bench';
import { reanchorAll } from '../../../../core/anchoring/reanchor';
import { serveReanchor, type ReanchorReply } from './reanchor-protocol';

const OLD = 'Recalling its resolution.\n\nUrges Member States to cooperate.';
const NEW = 'Preface.\n\nUrges Member States to cooperate.\n\nRecalling its resolution.';
const anchor = (quote: string) => {
  const start = OLD.indexOf(quote);
  return { start, end: start + quote.length, ...quoteContext(OLD, start, quote.length + start) };
};

function worker() {
  const replies: ReanchorReply[] = [];
  const handle = serveReanchor((reply) => replies.push(reply));
  return { replies, handle };
}

describe('the re-anchoring worker protocol', () => {
  it('reports progress, then the placements in input order, the same as core gives', async () => {
    const { replies, handle } = worker();
    const anchors = [
      anchor('Urges Member States'),
      anchor('Recalling its resolution'),
      anchor('Zzz'),
    ];
    anchors[2] = { ...anchors[2]!, start: 0, end: 3, quote: 'Zzz', prefix: '', suffix: '' };
    await handle({ type: 'reanchor', id: 7, oldText: OLD, newText: NEW, anchors, chunkSize: 2 });
    expect(replies.map((r) => r.type)).toEqual(['progress', 'progress', 'done']);
    expect(replies[0]).toEqual({ type: 'progress', id: 7, done: 2, total: 3 });
    expect(replies[1]).toEqual({ type: 'progress', id: 7, done: 3, total: 3 });
    const done = replies[2];
    expect(done?.type === 'done' && done.placements).toEqual(reanchorAll(OLD, NEW, anchors));
    expect(done?.type === 'done' && done.placements.map((p) => p.status)).toEqual([
      'exact',
      'exact',
      'orphan',
    ]);
  });

  it('stops a running job at its next chunk when cancelled, and answers only "cancelled"', async () => {
    const { replies, handle } = worker();
    const { oldText, newText, anchors } = reanchorWorkload(400, 40_000, 3);
    const job = handle({ type: 'reanchor', id: 1, oldText, newText, anchors, chunkSize: 50 });
    // The cancel arrives while the job waits between chunks, as a worker's message would.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await handle({ type: 'cancel', id: 1 });
    await job;
    const last = replies.at(-1);
    expect(last).toEqual({ type: 'cancelled', id: 1 });
    expect(replies.filter((r) => r.type === 'done')).toEqual([]);
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.length).toBeLessThan(400 / 50);
  });

  it('answers an error with its message, and keeps serving other jobs', async () => {
    const { replies, handle } = worker();
    // A malformed job (no anchors array) fails in core; the handler must not throw.
    await handle({
      type: 'reanchor',
      id: 2,
      oldText: null,
      newText: NEW,
      anchors: null as unknown as [],
    });
    expect(replies.at(-1)).toMatchObject({ type: 'error', id: 2 });
    await handle({ type: 'reanchor', id: 3, oldText: null, newText: NEW, anchors: [] });
    expect(replies.at(-1)).toEqual({ type: 'done', id: 3, placements: [] });
  });

  it('ignores a cancel for a job that is not running', async () => {
    const { replies, handle } = worker();
    await handle({ type: 'cancel', id: 99 });
    expect(replies).toEqual([]);
  });
});
