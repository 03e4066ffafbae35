import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { ROWS_PER_FRAME, useProgressiveCount } from './progressive-count';

// Tells React this test drives it through act() (else it warns on every update).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('rows mounted a few per frame', () => {
  it('mounts a first slice, then the rest over the next frames, and starts again for a new table', async () => {
    const seen: number[] = [];
    function Probe(props: { total: number; table: object }) {
      seen.push(useProgressiveCount(props.total, props.table));
      return null;
    }
    const root = createRoot(document.createElement('div'));
    const first = {};
    await act(async () => root.render(createElement(Probe, { total: 40, table: first })));
    expect(seen[0]).toBe(ROWS_PER_FRAME);
    for (let i = 0; i < 5 && seen.at(-1) !== 40; i++) await act(frame);
    expect(seen.at(-1)).toBe(40);
    expect(new Set(seen)).toEqual(new Set([ROWS_PER_FRAME, 2 * ROWS_PER_FRAME, 40]));
    await act(async () => root.render(createElement(Probe, { total: 40, table: {} })));
    expect(seen.at(-1)).toBe(ROWS_PER_FRAME);
    for (let i = 0; i < 5 && seen.at(-1) !== 40; i++) await act(frame);
    await act(async () => root.render(createElement(Probe, { total: 3, table: {} })));
    expect(seen.at(-1)).toBe(3);
    act(() => root.unmount());
  });
});
