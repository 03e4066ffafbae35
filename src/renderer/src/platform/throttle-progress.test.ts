import { describe, expect, it } from 'vitest';
import { throttleProgress } from './throttle-progress';

describe('throttleProgress', () => {
  it('passes the first report, then at most one per interval, and always the last', () => {
    let clock = 0;
    const heard: [number, number][] = [];
    const report = throttleProgress(
      (done, total) => heard.push([done, total]),
      100,
      () => clock,
    );
    for (let done = 0; done <= 1000; done++) {
      report(done, 1000);
      clock += 1; // one record a millisecond
    }
    expect(heard[0]).toEqual([0, 1000]);
    expect(heard.at(-1)).toEqual([1000, 1000]);
    expect(heard.map(([d]) => d)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  });
});
