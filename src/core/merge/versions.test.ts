import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { versionId, withRevision } from '../model/revision';
import type { Stamped } from '../model/types';
import { compareVersions, resolveVersions } from './versions';

const record = (over: Partial<Stamped> = {}): Stamped => ({
  id: 'r1',
  createdBy: 'ada',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'ada',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  ...over,
});

describe('compareVersions', () => {
  it('orders by time (whatever the ISO spelling), then coder id, then version id', () => {
    const early = record({ updatedAt: '2026-01-01T10:00:00Z' });
    const late = record({ updatedAt: '2026-01-01T10:00:00.001Z' });
    expect(compareVersions(late, early)).toBeGreaterThan(0);
    expect(
      compareVersions(record({ updatedBy: 'bob' }), record({ updatedBy: 'ada' })),
    ).toBeGreaterThan(0);
    const [x, y] = [record({ deleted: true }), record()];
    expect(Math.sign(compareVersions(x, y))).toBe(versionId(x) > versionId(y) ? 1 : -1);
  });

  it('property: is a total order (antisymmetric, zero only for the same version)', () => {
    const arb = fc.record({
      updatedAt: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z'),
      updatedBy: fc.constantFrom('ada', 'bob'),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const [x, y] = [record(a), record(b)];
        expect(Math.sign(compareVersions(x, y)) + Math.sign(compareVersions(y, x))).toBe(0);
        expect(compareVersions(x, y) === 0).toBe(versionId(x) === versionId(y));
      }),
    );
  });
});

describe('resolveVersions', () => {
  it('replaces an ancestor by its descendant, and keeps concurrent versions as losers', () => {
    const base = record();
    const ada = withRevision(base, {
      ...base,
      updatedAt: '2026-01-02T00:00:00.000Z',
      deleted: true,
    });
    const bob = withRevision(base, {
      ...base,
      updatedBy: 'bob',
      updatedAt: '2026-01-03T00:00:00.000Z',
    });
    expect(resolveVersions([base, ada])).toEqual({ winner: ada, losers: [] });
    expect(resolveVersions([ada, base, bob, ada])).toEqual({ winner: bob, losers: [ada] });
    expect(resolveVersions([])).toBeNull();
  });

  it('counts copies of one version once, keeping a document body when one copy has it', () => {
    const doc = { ...record(), blocks: [], text: 'body' };
    const { text: _text, ...bare } = doc;
    expect(resolveVersions([bare, doc])).toEqual({ winner: { ...bare, text: 'body' }, losers: [] });
  });
});
