import { describe, expect, it } from 'vitest';
import type { Annotation, Code } from '../model/types';
import { CODER, annotation, code, document } from '../repository/test-support/records';
import { purgeCodeInSteps, purgeRecord, restoreRecord } from './trash';

const P = 'p';
const ctx = { coderId: CODER, now: '2026-02-01T00:00:00.000Z' };

describe('trash commands', () => {
  it('purging a code erases it, leaves a tombstone, and re-stamps what pointed at it', () => {
    const gone = { ...code(P, 'gone', 'Gone', 'top'), deleted: true };
    const child = code(P, 'child', 'Child', 'gone');
    const ann = annotation(P, 'd', 'ann', ['gone', 'kept']);
    const set = purgeRecord(
      'code',
      gone,
      { documents: [], codes: [gone, child], annotations: [ann] },
      ctx,
    );
    const byId = new Map(set.changes.map((c) => [(c.after ?? c.before)?.id, c]));
    expect(byId.get('gone')?.after).toBeNull();
    expect((byId.get('child')?.after as Code).parentId).toBe('top');
    const rewritten = byId.get('ann')?.after as Annotation;
    expect(rewritten.codeIds).toEqual(['kept']);
    expect(rewritten.updatedAt).toBe(ctx.now);
    expect(rewritten.rev).toMatch(/^1-/);
    expect(set.purged).toEqual([
      { kind: 'code', id: 'gone', projectId: P, purgedBy: CODER, purgedAt: ctx.now },
    ]);
  });

  it('purging a code in steps changes the same records, pausing before each step', async () => {
    const gone = { ...code(P, 'gone', 'Gone', 'top'), deleted: true };
    const scope = {
      documents: [],
      codes: [gone, code(P, 'child', 'Child', 'gone')],
      annotations: Array.from({ length: 9 }, (_, i) =>
        annotation(P, 'd', `a${i}`, i % 3 ? ['gone', 'kept'] : ['kept']),
      ),
    };
    let pauses = 0;
    const stepped = await purgeCodeInSteps(
      gone,
      scope,
      ctx,
      async () => {
        pauses++;
      },
      2,
    );
    const whole = purgeRecord('code', gone, scope, ctx);
    const byId = (set: typeof whole) =>
      new Map(set.changes.map((c) => [`${c.kind}:${(c.after ?? c.before)?.id}`, c]));
    expect(byId(stepped)).toEqual(byId(whole));
    expect(stepped.changes).toHaveLength(whole.changes.length);
    expect({ ...stepped, changes: [] }).toEqual({ ...whole, changes: [] });
    expect(pauses).toBe(5);
  });

  it('purging a document erases its annotations with tombstones for each', () => {
    const doc = { ...document(P, 'd'), deleted: true };
    const anns = [annotation(P, 'd', 'a1', []), annotation(P, 'other', 'a2', [])];
    const set = purgeRecord(
      'document',
      doc,
      { documents: [doc], codes: [], annotations: anns },
      ctx,
    );
    expect(set.purged.map((p) => [p.kind, p.id])).toEqual([
      ['annotation', 'a1'],
      ['document', 'd'],
    ]);
    expect(set.changes.every((c) => c.after === null)).toBe(true);
  });

  it('refuses to purge what is not in the trash; restoring stamps the record now', () => {
    const live = code(P, 'c');
    expect(() =>
      purgeRecord('code', live, { documents: [], codes: [], annotations: [] }, ctx),
    ).toThrow(/trash/);
    const restored = restoreRecord('code', { ...live, deleted: true }, ctx);
    expect(restored.changes[0]?.after).toMatchObject({ deleted: false, updatedAt: ctx.now });
    expect(restoreRecord('code', live, ctx).changes).toEqual([]);
  });
});
