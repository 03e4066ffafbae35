import { describe, expect, it } from 'vitest';
import { afterMerge, describeTeammate, timeAgo } from './teammate-status';

const min = 60_000;

describe('teammate status line', () => {
  it('says how long ago in plain words', () => {
    expect(timeAgo(0, 10_000)).toBe('just now');
    expect(timeAgo(0, 2 * min)).toBe('2 min ago');
    expect(timeAgo(0, 3 * 60 * min)).toBe('3 h ago');
    expect(timeAgo(0, 24 * 60 * min)).toBe('yesterday');
    expect(timeAgo(0, 3 * 24 * 60 * min)).toBe('3 days ago');
    expect(timeAgo(5000, 0)).toBe('just now'); // a clock skewed between machines
  });

  it('says when a teammate was merged and what it brought', () => {
    expect(
      describeTeammate(
        { fileName: 'f', coderName: 'Ada', mergedAt: 0, brought: '12 new annotations' },
        2 * min,
      ),
    ).toBe('Ada: merged 2 min ago, 12 new annotations');
    expect(describeTeammate({ fileName: 'f', coderName: 'Bo' }, 0)).toBe('Bo: not merged yet');
    expect(
      describeTeammate(
        { fileName: 'f', coderName: 'Bo', mergedAt: 0, problem: 'the file is not valid JSON' },
        0,
      ),
    ).toBe('Bo: skipped, the file is not valid JSON');
  });

  it('keeps what the first merge of a file brought when the same content is merged again', () => {
    const first = {
      fileName: 'f',
      coderName: 'Ada',
      mergedAt: 1,
      brought: '12 new annotations',
      contentHash: 'h1',
    };
    const again = { ...first, mergedAt: 99, brought: 'nothing new' };
    expect(afterMerge(first, again, true)).toEqual(first);
    expect(afterMerge(first, { ...again, contentHash: 'h2' }, true)).toMatchObject({
      mergedAt: 99,
    });
    expect(afterMerge(first, { ...again, brought: '1 new annotation' }, false)).toMatchObject({
      mergedAt: 99,
      brought: '1 new annotation',
    });
    expect(afterMerge(undefined, again, true)).toEqual(again);
  });
});
