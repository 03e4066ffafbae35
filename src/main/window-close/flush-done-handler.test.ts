import { describe, expect, it } from 'vitest';
import { flushDoneHandler } from './flush-done-handler';

const ours = { senderFrame: { url: 'app://marginalia/index.html' } };
const trusted = (url: string | undefined) => url?.startsWith('app://marginalia/') ?? false;

describe('flushDoneHandler', () => {
  it('passes on a token from our window only', async () => {
    const done: number[] = [];
    const handle = flushDoneHandler(trusted, (t) => done.push(t));
    await handle(ours, 3);
    await handle({ senderFrame: { url: 'https://evil.example/' } }, 4);
    await handle(ours, '5');
    await handle(ours, -1);
    await handle(ours, 1.5);
    expect(done).toEqual([3]);
  });
});
