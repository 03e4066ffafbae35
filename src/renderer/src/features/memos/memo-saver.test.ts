import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftJournal, memoryKeyValueStorage, type MemoTarget } from './draft-journal';
import {
  describeWriteFailure,
  MemoSaver,
  RETRY_AFTER_MS,
  SAVE_AFTER_MS,
  type MemoStatus,
} from './memo-saver';

const target: MemoTarget = { kind: 'annotation', id: 'a1', projectId: 'p1', documentId: 'd1' };

function setup(options: { stored?: string; fail?: () => unknown } = {}) {
  const journal = createDraftJournal(memoryKeyValueStorage());
  const written: string[] = [];
  const statuses: MemoStatus[] = [];
  const control = { fail: options.fail };
  const make = () =>
    new MemoSaver({
      target,
      stored: options.stored ?? '',
      journal,
      onStatus: (s) => statuses.push(s),
      save: (text) => {
        const error = control.fail?.();
        if (error) return Promise.reject(error);
        written.push(text);
        return Promise.resolve();
      },
    });
  return { journal, written, statuses, control, make };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('MemoSaver', () => {
  it('journals every keystroke at once and writes after the pause', async () => {
    const { journal, written, make } = setup();
    const saver = make();
    saver.edit('H');
    saver.edit('Hi');
    expect(journal.get(target)?.text).toBe('Hi');
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS);
    expect(written).toEqual(['Hi']);
    expect(journal.get(target)).toBeUndefined();
  });

  it('writes pending text when closed, instead of dropping it with the timer', async () => {
    const { written, make } = setup();
    const saver = make();
    saver.edit('typed and left');
    await saver.close();
    expect(written).toEqual(['typed and left']);
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS * 2);
    expect(written).toEqual(['typed and left']);
  });

  it('keeps a failed write unsaved and journalled, retries it, and clears it once written', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const { journal, written, statuses, control, make } = setup({ fail: () => quota });
    const saver = make();
    saver.edit('precious');
    await saver.flush();
    const failed = statuses.at(-1);
    expect(failed).toMatchObject({ state: 'failed', retryInMs: RETRY_AFTER_MS[0] });
    expect(failed?.state === 'failed' && failed.message).toMatch(/storage quota/);
    expect(saver.dirty).toBe(true);
    expect(journal.get(target)?.text).toBe('precious');

    control.fail = undefined;
    await vi.advanceTimersByTimeAsync(RETRY_AFTER_MS[0] ?? 0);
    expect(written).toEqual(['precious']);
    expect(statuses.at(-1)).toEqual({ state: 'saved' });
    expect(journal.get(target)).toBeUndefined();
  });

  it('does not take an outside change over text that is not saved yet', async () => {
    const { make } = setup({ stored: 'old' });
    const saver = make();
    saver.edit('mine');
    expect(saver.storedChanged('from another tab')).toBe(false);
    expect(saver.shownText).toBe('mine');
    await saver.flush();
    expect(saver.storedChanged('from another tab')).toBe(true);
    expect(saver.shownText).toBe('from another tab');
  });

  it('brings back journalled text in a new field and writes it', async () => {
    const { journal, written, make } = setup({ stored: 'stored', fail: () => new Error('x') });
    const first = make();
    first.edit('stored plus more');
    await first.close();
    expect(journal.get(target)?.text).toBe('stored plus more');

    const second = new MemoSaver({
      target,
      stored: 'stored',
      journal,
      onStatus: () => undefined,
      save: (text) => {
        written.push(text);
        return Promise.resolve();
      },
    });
    expect(second.shownText).toBe('stored plus more');
    expect(second.initialStatus).toEqual({ state: 'unsaved' });
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual(['stored plus more']);
    expect(journal.get(target)).toBeUndefined();
  });

  it('text typed while a write is in flight is written after it, not lost', async () => {
    const journal = createDraftJournal(memoryKeyValueStorage());
    const written: string[] = [];
    let release: () => void = () => undefined;
    const saver = new MemoSaver({
      target,
      stored: '',
      journal,
      onStatus: () => undefined,
      save: (text) =>
        new Promise<void>((resolve) => {
          release = () => {
            written.push(text);
            resolve();
          };
        }),
    });
    saver.edit('one');
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.edit('one two');
    release();
    await first;
    expect(journal.get(target)?.text).toBe('one two');
    const second = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await second;
    expect(written).toEqual(['one', 'one two']);
    expect(journal.get(target)).toBeUndefined();
  });

  it('says why a write failed in the user’s words', () => {
    const stale = Object.assign(new Error('annotation a1 changed'), { name: 'StaleWriteError' });
    expect(describeWriteFailure(stale)).toMatch(/changed elsewhere/);
    expect(describeWriteFailure(new DOMException('x', 'QuotaExceededError'))).toMatch(
      /disk is full/,
    );
    expect(describeWriteFailure(new Error('Database closed'))).toBe('Database closed');
  });
});
