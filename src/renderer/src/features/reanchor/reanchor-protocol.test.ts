import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../../core/anchoring/quote-context';
import { reanchorWorkload } from '../../../../core/anchoring/reanchor/reanchor.bench';
import { reanchorAll } from '../../../../core/anchoring/reanchor';
import { manyW3cAnnotations } from '../../../../core/formats/w3c/test-support/many-annotations';
import { w3cIntoProject } from '../../../../core/formats/w3c/w3c-into-project';
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

describe('the re-anchoring worker places W3C files', () => {
  const options = { coderId: 'ada', now: '2026-11-30T09:00:00.000Z' };

  it('reports progress, then what w3cIntoProject gives (ids aside)', async () => {
    const { replies, handle } = worker();
    const { project, file } = manyW3cAnnotations(300, 250);
    await handle({
      type: 'w3c',
      id: 4,
      project,
      fileName: 'm.json',
      text: file,
      options,
      chunkSize: 100,
    });
    expect(replies.map((r) => (r.type === 'progress' ? r.done : r.type))).toEqual([
      100,
      200,
      250,
      'w3c-done',
    ]);
    const done = replies.at(-1);
    const result = done?.type === 'w3c-done' ? done.result : null;
    let n = 0;
    const expected = w3cIntoProject(project, 'm.json', file, {
      ...options,
      newId: () => `x${++n}`,
    });
    const spans = (r: typeof result) =>
      r?.ok ? r.annotations.map((a) => [a.start, a.end, a.quote]) : r?.problems;
    expect(spans(result)).toEqual(spans(expected));
    expect(result?.ok && result.moved).toEqual(expected.ok && expected.moved);
  });

  it('stops a W3C job when cancelled, answering only "cancelled"', async () => {
    const { replies, handle } = worker();
    const { project, file } = manyW3cAnnotations(300, 2000);
    const job = handle({
      type: 'w3c',
      id: 5,
      project,
      fileName: 'm.json',
      text: file,
      options,
      chunkSize: 50,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await handle({ type: 'cancel', id: 5 });
    await job;
    expect(replies.at(-1)).toEqual({ type: 'cancelled', id: 5 });
    expect(replies.filter((r) => r.type === 'w3c-done')).toEqual([]);
  });
});
