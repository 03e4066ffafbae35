// The behaviour every Repository implementation must have, as one suite: memory-repository.test.ts
// and the renderer's Dexie repository test both run it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChangeSet } from '../../changes/build-change-set';
import type { ChangeSet, RecordChange } from '../../changes/change-set';
import { invertChangeSet } from '../../changes/invert';
import { deleteProject } from '../../commands/projects';
import { purgeProject } from '../../commands/trash';
import { isStaleWriteError, StaleWriteError } from '../../changes/stale-write-error';
import type { Code, Id } from '../../model/types';
import type { Repository } from '../repository';
import { annotation, code, CODER, document, project, T0 } from './records';

const P = 'project-1';
const Q = 'project-2';
let clock = 0;
const ctx = () => ({
  coderId: CODER,
  now: new Date(Date.parse(T0) + ++clock * 1000).toISOString(),
});

function set(projectId: Id, changes: RecordChange[], label = 'edit'): ChangeSet {
  return buildChangeSet({ projectId, source: 'user', label }, ctx(), changes);
}

/** A repository with project P holding one document, two codes and an annotation. */
async function seeded(make: () => Promise<Repository>) {
  const repo = await make();
  const doc = document(P, 'doc-1');
  const a = code(P, 'code-a');
  const b = code(P, 'code-b');
  const ann = annotation(P, doc.id, 'ann-1', [a.id]);
  await repo.apply(
    set(P, [
      { kind: 'project', before: null, after: project(P) },
      { kind: 'document', before: null, after: doc },
      { kind: 'code', before: null, after: a },
      { kind: 'code', before: null, after: b },
      { kind: 'annotation', before: null, after: ann },
    ]),
  );
  return repo;
}

async function current<K extends 'code' | 'annotation'>(repo: Repository, kind: K, id: Id) {
  const [found] = await repo.getRecords(P, kind, [id]);
  if (!found) throw new Error(`no ${kind} ${id}`);
  return found;
}

/** Runs the conformance suite against repositories made by `make` (a fresh, empty one each call). */
export function describeRepositoryConformance(name: string, make: () => Promise<Repository>): void {
  describe(`${name} conforms to Repository`, () => {
    it('lists and gets what a change set added, documents without bodies', async () => {
      const repo = await seeded(make);
      expect((await repo.listProjects()).map((p) => p.id)).toEqual([P]);
      const docs = await repo.listRecords(P, 'document');
      expect(docs.map((d) => d.id)).toEqual(['doc-1']);
      expect(docs[0]).not.toHaveProperty('text');
      expect((await repo.getDocumentBody(P, 'doc-1'))?.text).toBe('Text of doc-1.');
      expect((await repo.listRecords(P, 'code')).map((c) => c.id).sort()).toEqual([
        'code-a',
        'code-b',
      ]);
      const [ann, missing] = await repo.getRecords(P, 'annotation', ['ann-1', 'nope']);
      expect(ann?.codeIds).toEqual(['code-a']);
      expect(ann?.rev).toMatch(/^1-/);
      expect(missing).toBeUndefined();
    });

    it('refuses a stale update with an error naming the record, and writes nothing of the set', async () => {
      const repo = await seeded(make);
      const a = await current(repo, 'code', 'code-a');
      const b = await current(repo, 'code', 'code-b');
      await repo.apply(set(P, [{ kind: 'code', before: a, after: { ...a, name: 'A2' } }]));
      const stale = set(P, [
        { kind: 'code', before: b, after: { ...b, name: 'B2' } },
        { kind: 'code', before: a, after: { ...a, name: 'A3' } },
      ]);
      const error = await repo.apply(stale).catch((e: unknown) => e);
      expect(isStaleWriteError(error)).toBe(true);
      expect((error as StaleWriteError).id).toBe('code-a');
      expect((error as StaleWriteError).kind).toBe('code');
      expect((error as Error).message).toMatch(/code-a/);
      expect((await current(repo, 'code', 'code-b')).name).toBe('code-b');
      expect((await current(repo, 'code', 'code-a')).name).toBe('A2');
    });

    it('refuses to add a record that exists, and to update one that does not', async () => {
      const repo = await seeded(make);
      const again = set(P, [{ kind: 'code', before: null, after: code(P, 'code-a', 'dup') }]);
      await expect(repo.apply(again)).rejects.toThrow(/already exists/);
      const ghost = code(P, 'ghost');
      const update = set(P, [{ kind: 'code', before: ghost, after: { ...ghost, name: 'x' } }]);
      await expect(repo.apply(update)).rejects.toThrow(/gone/);
    });

    it('compares records written without a revision by updatedAt', async () => {
      const repo = await make();
      const legacy = { ...project(P) };
      await repo.writeSnapshot({
        project: legacy,
        coders: [],
        documents: [],
        codes: [code(P, 'old')],
        annotations: [],
        purged: [],
      });
      const [old] = await repo.getRecords(P, 'code', ['old']);
      expect(old?.rev).toBeUndefined();
      const newer = { ...code(P, 'old'), updatedAt: '2027-01-01T00:00:00.000Z' };
      await expect(
        repo.apply(set(P, [{ kind: 'code', before: newer, after: { ...newer, name: 'x' } }])),
      ).rejects.toThrow(StaleWriteError);
      await repo.apply(
        set(P, [{ kind: 'code', before: old ?? null, after: { ...code(P, 'old'), name: 'y' } }]),
      );
      expect((await repo.getRecords(P, 'code', ['old']))[0]?.name).toBe('y');
    });

    it('keeps the same id in two projects apart', async () => {
      const repo = await seeded(make);
      await repo.apply(
        set(Q, [
          { kind: 'project', before: null, after: project(Q, 'Copy') },
          { kind: 'code', before: null, after: code(Q, 'code-a', 'Their A') },
        ]),
      );
      expect((await repo.getRecords(Q, 'code', ['code-a']))[0]?.name).toBe('Their A');
      expect((await current(repo, 'code', 'code-a')).name).toBe('code-a');
      expect((await repo.listRecords(Q, 'code')).map((c) => c.id)).toEqual(['code-a']);
    });

    it('erases purged records and keeps their contentless tombstones', async () => {
      const repo = await seeded(make);
      const ann = await current(repo, 'annotation', 'ann-1');
      const at = ctx();
      await repo.apply(
        buildChangeSet(
          { projectId: P, source: 'user', label: 'purge' },
          at,
          [{ kind: 'annotation', before: ann, after: null }],
          [{ kind: 'annotation', id: 'ann-1', projectId: P, purgedBy: CODER, purgedAt: at.now }],
        ),
      );
      expect(await repo.getRecords(P, 'annotation', ['ann-1'])).toEqual([undefined]);
      expect(await repo.listPurged(P)).toEqual([
        { kind: 'annotation', id: 'ann-1', projectId: P, purgedBy: CODER, purgedAt: at.now },
      ]);
      expect((await repo.readSnapshot(P))?.purged.map((p) => p.id)).toEqual(['ann-1']);
    });

    it('purging a project leaves only the project’s contentless tombstone', async () => {
      const repo = await seeded(make);
      const [stored] = await repo.getRecords(P, 'project', [P]);
      if (!stored) throw new Error('no project');
      await repo.apply(deleteProject(stored, ctx()));
      const snapshot = await repo.readSnapshot(P);
      if (!snapshot) throw new Error('no snapshot');
      await repo.apply(purgeProject(snapshot, ctx()));
      expect(await repo.listProjects()).toEqual([]);
      expect(await repo.readSnapshot(P)).toBeUndefined();
      expect(await repo.listPurged(P)).toEqual([
        { kind: 'project', id: P, projectId: P, purgedBy: CODER, purgedAt: expect.any(String) },
      ]);
    });

    it('reads back the snapshot it was given, and refuses one for a project it has', async () => {
      const repo = await make();
      await repo.putCoder({ id: CODER, name: 'Ada', createdAt: T0 });
      const snapshot = {
        project: project(P),
        coders: [{ id: CODER, name: 'Ada', createdAt: T0 }],
        documents: [document(P, 'doc-1')],
        codes: [code(P, 'code-a')],
        annotations: [annotation(P, 'doc-1', 'ann-1', ['code-a'])],
        purged: [
          { kind: 'annotation' as const, id: 'gone', projectId: P, purgedBy: CODER, purgedAt: T0 },
        ],
      };
      await repo.writeSnapshot(snapshot);
      expect(await repo.readSnapshot(P)).toEqual(snapshot);
      await expect(repo.writeSnapshot(snapshot)).rejects.toThrow();
      expect(await repo.readSnapshot(P)).toEqual(snapshot);
    });

    it('keeps conflicts and coders a change set brings, in the same write, per project', async () => {
      const repo = await seeded(make);
      const ann = await current(repo, 'annotation', 'ann-1');
      const theirs = { ...ann, memo: 'theirs', rev: '2-theirs', updatedBy: 'coder-2' };
      const other = { ...ann, memo: 'other', rev: '2-other', updatedBy: 'coder-2' };
      const conflict = { kind: 'annotation' as const, record: theirs };
      const second = { kind: 'annotation' as const, record: other };
      const bob = { id: 'coder-2', name: 'Bob', createdAt: T0 };
      const base = {
        projectId: P,
        coderId: CODER,
        at: T0,
        source: 'merge' as const,
        label: 'merge',
      };
      await repo.apply({
        ...base,
        changes: [],
        purged: [],
        conflictsAdded: [second, conflict],
        coders: [bob],
      });
      expect(await repo.listConflicts(P)).toEqual([second, conflict]);
      expect(await repo.listConflicts(Q)).toEqual([]);
      const snapshot = await repo.readSnapshot(P);
      expect(snapshot?.conflicts).toEqual([second, conflict]);
      expect(snapshot?.coders.map((c) => c.id)).toContain('coder-2');
      // A refused change set writes none of its conflicts either.
      const stale = { kind: 'code' as const, before: code(P, 'nope'), after: code(P, 'nope') };
      await expect(
        repo.apply({
          ...base,
          changes: [stale],
          purged: [],
          conflictsResolved: [conflict],
        }),
      ).rejects.toThrow();
      expect(await repo.listConflicts(P)).toHaveLength(2);
      await repo.apply({
        ...base,
        changes: [],
        purged: [],
        conflictsResolved: [conflict],
      });
      expect(await repo.listConflicts(P)).toEqual([second]);
    });

    it('keeps and drops orphans with a change set, atomically, per project', async () => {
      const repo = await seeded(make);
      const ann = await current(repo, 'annotation', 'ann-1');
      const orphan = (id: Id) => ({
        projectId: P,
        id,
        documentId: 'doc-1',
        annotation: { ...ann, id },
        reason: 'not-found' as const,
        origin: 'merged from Ben’s file',
        keptAt: T0,
      });
      const base = { projectId: P, coderId: CODER, at: T0, source: 'merge' as const, label: 'm' };
      await repo.apply({
        ...base,
        changes: [],
        purged: [],
        orphansKept: [orphan('o2'), orphan('o1')],
      });
      expect((await repo.listOrphans(P)).map((o) => o.id)).toEqual(['o1', 'o2']);
      expect(await repo.listOrphans(Q)).toEqual([]);
      expect((await repo.listOrphans(P))[0]).toEqual(orphan('o1'));
      // A refused change set drops none of them.
      const stale = { kind: 'code' as const, before: code(P, 'nope'), after: code(P, 'nope') };
      await expect(
        repo.apply({ ...base, changes: [stale], purged: [], orphansDropped: [orphan('o1')] }),
      ).rejects.toThrow();
      expect(await repo.listOrphans(P)).toHaveLength(2);
      await repo.apply({ ...base, changes: [], purged: [], orphansDropped: [orphan('o1')] });
      expect((await repo.listOrphans(P)).map((o) => o.id)).toEqual(['o2']);
    });

    it('writes and reads back a snapshot with conflicts', async () => {
      const repo = await make();
      const ann = annotation(P, 'doc-1', 'ann-1', ['code-a']);
      const snapshot = {
        project: project(P),
        coders: [{ id: CODER, name: 'Ada', createdAt: T0 }],
        documents: [document(P, 'doc-1')],
        codes: [code(P, 'code-a')],
        annotations: [ann],
        purged: [],
        conflicts: [{ kind: 'annotation' as const, record: { ...ann, memo: 'x', rev: '1-x' } }],
      };
      await repo.writeSnapshot(snapshot);
      expect(await repo.readSnapshot(P)).toEqual(snapshot);
    });

    it('writes nothing of a cancelled or invalid snapshot', async () => {
      const repo = await make();
      const snapshot = {
        project: project(P),
        coders: [],
        documents: [document(P, 'doc-1')],
        codes: [],
        annotations: [],
        purged: [],
      };
      await expect(repo.writeSnapshot(snapshot, { signal: AbortSignal.abort() })).rejects.toThrow();
      const { text: _text, ...textless } = document(P, 'doc-1');
      await expect(repo.writeSnapshot({ ...snapshot, documents: [textless] })).rejects.toThrow(
        /no text/,
      );
      expect(await repo.listProjects()).toEqual([]);
    });

    it('a change set then its inverse leaves the project as it was', async () => {
      const repo = await seeded(make);
      const before = await repo.readSnapshot(P);
      const a = await current(repo, 'code', 'code-a');
      const ann = await current(repo, 'annotation', 'ann-1');
      const edit = set(P, [
        { kind: 'code', before: a, after: { ...a, name: 'Renamed' } },
        { kind: 'code', before: null, after: code(P, 'code-c') },
        { kind: 'annotation', before: ann, after: { ...ann, codeIds: ['code-c'] } },
      ]);
      await repo.apply(edit);
      await repo.apply(invertChangeSet(edit));
      expect(await repo.readSnapshot(P)).toEqual(before);
    });

    it('fuzz: random sequences of adds, updates, stale writes and inverses match a model', async () => {
      const op = fc.oneof(
        fc.record({ type: fc.constant('add' as const), id: fc.integer({ min: 0, max: 5 }) }),
        fc.record({
          type: fc.constant('rename' as const),
          id: fc.integer({ min: 0, max: 5 }),
          name: fc.string({ maxLength: 5 }),
          stale: fc.boolean(),
        }),
        fc.record({ type: fc.constant('erase' as const), id: fc.integer({ min: 0, max: 5 }) }),
        fc.record({ type: fc.constant('undo-last' as const) }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
          const repo = await make();
          await repo.apply(set(P, [{ kind: 'project', before: null, after: project(P) }]));
          const model = new Map<Id, Code>();
          const applied: { set: ChangeSet; model: Map<Id, Code> }[] = [];
          for (const o of ops) {
            let next: ChangeSet | null = null;
            let expectStale = false;
            if (o.type === 'undo-last') {
              const last = applied.pop();
              if (!last) continue;
              await repo.apply(invertChangeSet(last.set));
              model.clear();
              for (const [k, v] of last.model) model.set(k, v);
              continue;
            }
            const id = `c${o.id}`;
            const existing = model.get(id) ?? null;
            if (o.type === 'add') {
              next = set(P, [{ kind: 'code', before: null, after: code(P, id) }]);
              expectStale = existing !== null;
            } else if (!existing) continue;
            else if (o.type === 'rename') {
              const before = o.stale ? { ...existing, rev: 'stale-0' } : existing;
              next = set(P, [{ kind: 'code', before, after: { ...existing, name: `n${o.name}` } }]);
              // A rename to the same name changes nothing, so it writes nothing to refuse.
              expectStale = o.stale && existing.name !== `n${o.name}`;
            } else {
              next = set(P, [{ kind: 'code', before: existing, after: null }]);
            }
            const snapshot = new Map(model);
            const outcome = await repo.apply(next).then(
              () => 'ok',
              (e: unknown) => (isStaleWriteError(e) ? 'stale' : `error ${String(e)}`),
            );
            expect(outcome).toBe(expectStale ? 'stale' : 'ok');
            if (outcome === 'ok') {
              for (const change of next.changes) {
                if (change.kind !== 'code') continue;
                const after = change.after as Code | null;
                if (after) model.set(after.id, after);
                else if (change.before) model.delete(change.before.id);
              }
              applied.push({ set: next, model: snapshot });
            }
            const stored = await repo.listRecords(P, 'code');
            expect(new Map(stored.map((c) => [c.id, c]))).toEqual(model);
          }
        }),
        { numRuns: 40 },
      );
    });
  });
}
