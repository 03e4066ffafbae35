import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, Code } from '../model/types';
import { MemoryRepository } from '../repository/memory-repository';
import { annotation, code, CODER, document, project } from '../repository/test-support/records';
import { buildChangeSet } from './build-change-set';
import type { RecordChange } from './change-set';
import { invertChangeSet } from './invert';

const P = 'p';
const ctx = { coderId: CODER, now: '2026-03-01T00:00:00.000Z' };

/** A project with three codes and three annotations to change. */
async function seeded() {
  const repo = new MemoryRepository();
  await repo.apply(
    buildChangeSet({ projectId: P, source: 'system', label: 'seed' }, ctx, [
      { kind: 'project', before: null, after: project(P) },
      { kind: 'document', before: null, after: document(P, 'd') },
      ...['c0', 'c1', 'c2'].map((id): RecordChange => ({
        kind: 'code',
        before: null,
        after: code(P, id),
      })),
      ...['a0', 'a1', 'a2'].map((id): RecordChange => ({
        kind: 'annotation',
        before: null,
        after: annotation(P, 'd', id, ['c0']),
      })),
    ]),
  );
  return repo;
}

const edit = fc.record({
  kind: fc.constantFrom('code' as const, 'annotation' as const),
  index: fc.integer({ min: 0, max: 4 }),
  op: fc.constantFrom('rename' as const, 'delete' as const, 'erase' as const, 'add' as const),
  text: fc.string({ maxLength: 4 }),
});

describe('invertChangeSet', () => {
  it('a change set and then its inverse leave a project exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(edit, { maxLength: 6, selector: (e) => `${e.kind}${e.index}` }),
        async (edits) => {
          const repo = await seeded();
          const before = await repo.readSnapshot(P);
          const changes: RecordChange[] = [];
          for (const e of edits) {
            const id = `${e.kind === 'code' ? 'c' : 'a'}${e.index}`;
            const [current] = await repo.getRecords(P, e.kind, [id]);
            if (!current) {
              const after = e.kind === 'code' ? code(P, id) : annotation(P, 'd', id, ['c1']);
              changes.push({ kind: e.kind, before: null, after } as RecordChange);
            } else if (e.op === 'erase') {
              changes.push({ kind: e.kind, before: current, after: null } as RecordChange);
            } else if (e.kind === 'code') {
              const c = current as Code;
              const after =
                e.op === 'delete' ? { ...c, deleted: true } : { ...c, name: `n${e.text}` };
              changes.push({ kind: 'code', before: c, after });
            } else {
              const a = current as Annotation;
              const after = e.op === 'delete' ? { ...a, deleted: true } : { ...a, memo: e.text };
              changes.push({ kind: 'annotation', before: a, after });
            }
          }
          const set = buildChangeSet({ projectId: P, source: 'user', label: 'edit' }, ctx, changes);
          await repo.apply(set);
          await repo.apply(invertChangeSet(set));
          expect(await repo.readSnapshot(P)).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses to invert a purge', () => {
    const set = buildChangeSet(
      { projectId: P, source: 'user', label: 'purge' },
      ctx,
      [],
      [{ kind: 'code', id: 'c', projectId: P, purgedBy: CODER, purgedAt: ctx.now }],
    );
    expect(() => invertChangeSet(set)).toThrow(/cannot be inverted/);
  });
});
