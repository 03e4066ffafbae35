import { describe, expect, it } from 'vitest';
import { compareIntervals } from '../../../../core/index/interval-predicates';
import { IntervalIndex } from '../../../../core/index/interval-index';
import type { CoderFilter } from '../coders/coder-view';
import { annotationRows } from './annotation-rows';

interface Row {
  id: string;
  start: number;
  end: number;
  createdBy: string;
}

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRow(next: () => number, id: string): Row {
  const start = Math.floor(next() * 500);
  return {
    id,
    start,
    end: start + Math.floor(next() * 40),
    createdBy: next() < 0.5 ? 'ada' : 'bo',
  };
}

describe('annotationRows', () => {
  const filters: CoderFilter[] = [{ kind: 'all' }, { kind: 'only', coderIds: ['ada'] }];
  for (const filter of filters) {
    it(`after random change sets equals the list built afresh (${filter.kind})`, () => {
      const next = random(filter.kind === 'all' ? 7 : 11);
      const index = new IntervalIndex<Row>({ blockSize: 4 });
      const live = new Map<string, Row>();
      let ids = 0;
      for (let round = 0; round < 60; round++) {
        // One change set: a few adds, updates and removes.
        const changes = 1 + Math.floor(next() * 8);
        for (let c = 0; c < changes; c++) {
          const kind = next();
          const existing = [...live.keys()];
          if (kind < 0.5 || existing.length === 0) {
            const row = makeRow(next, `a${ids++}`);
            index.add(row);
            live.set(row.id, row);
          } else {
            const id = existing[Math.floor(next() * existing.length)]!;
            if (kind < 0.75) {
              const row = { ...makeRow(next, id), createdBy: live.get(id)!.createdBy };
              index.update(row);
              live.set(id, row);
            } else {
              index.remove(id);
              live.delete(id);
            }
          }
        }
        const fresh = [...live.values()]
          .filter((r) => filter.kind === 'all' || filter.coderIds.includes(r.createdBy))
          .sort(compareIntervals);
        const rows = annotationRows(index, filter);
        expect(rows.count).toBe(fresh.length);
        expect(rows.slice(0, rows.count)).toEqual(fresh);
        const from = Math.floor(next() * (fresh.length + 2));
        const to = from + Math.floor(next() * 10);
        expect(rows.slice(from, to)).toEqual(fresh.slice(from, to));
        for (const [i, r] of fresh.entries()) expect(rows.indexOf(r.id)).toBe(i);
        expect(rows.indexOf('missing')).toBe(-1);
      }
    });
  }
});
