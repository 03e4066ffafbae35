import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordKey, type CurrentRecords } from './undo-change-set';
import { ChangeHistory } from './change-history';
import {
  redoChangeSet,
  restoreChangeSetInSteps,
  stepRecords,
  undoChangeSet,
  type HistoryStep,
} from './undo-change-set';
import { coding, codebook } from '../commands';
import type { AnyRecord, ChangeSet } from '../changes/change-set';
import { MemoryRepository } from '../repository/memory-repository';
import { CODER, code, document, project, T0 } from '../repository/test-support/records';
import { buildChangeSet } from '../changes/build-change-set';
import type { Annotation, Code } from '../model/types';

const P = 'p1';
let clock = 0;
const ctx = () => ({
  coderId: CODER,
  now: new Date(Date.parse(T0) + ++clock * 1000).toISOString(),
});

async function repository() {
  const repo = new MemoryRepository();
  await repo.apply(
    buildChangeSet({ projectId: P, source: 'system', label: 'seed' }, ctx(), [
      { kind: 'project', before: null, after: project(P) },
      {
        kind: 'document',
        before: null,
        after: document(P, 'd1', 'Victims of terrorism need support.'),
      },
      { kind: 'code', before: null, after: code(P, 'a') },
      { kind: 'code', before: null, after: code(P, 'b') },
    ]),
  );
  return repo;
}

async function current(repo: MemoryRepository, step: HistoryStep): Promise<CurrentRecords> {
  const map = new Map<string, AnyRecord | undefined>();
  for (const { kind, id } of stepRecords(step)) {
    map.set(recordKey({ kind, id }), (await repo.getRecords(P, kind, [id]))[0]);
  }
  return map;
}

/** Records without what every write changes (who, when, revision). */
async function content(repo: MemoryRepository) {
  const strip = (r: object) => {
    const {
      updatedAt: _a,
      updatedBy: _b,
      rev: _r,
      revs: _s,
      ...rest
    } = r as Record<string, unknown>;
    return rest;
  };
  return {
    codes: (await repo.listRecords(P, 'code')).map(strip),
    annotations: (await repo.listRecords(P, 'annotation')).map(strip),
  };
}

/** A random user edit built from the repository's current records. */
async function randomEdit(repo: MemoryRepository, pick: number, n: number): Promise<ChangeSet> {
  const codes = (await repo.listRecords(P, 'code')) as Code[];
  const annotations = (await repo.listRecords(P, 'annotation')) as Annotation[];
  const live = annotations.filter((a) => !a.deleted);
  const target = live[n % Math.max(1, live.length)];
  switch (pick) {
    case 0:
      return coding.applyCode(
        {
          overlapping: annotations,
          document: { id: 'd1', projectId: P },
          text: 'Victims of terrorism need support.',
          span: { start: n % 5, end: 8 + (n % 5) },
          codeId: n % 2 ? 'a' : 'b',
          codeName: 'x',
          newId: `ann-${clock}`,
        },
        ctx(),
      ).set;
    case 1:
      return target ? coding.setAnnotationMemo(target, `memo ${n}`, ctx()) : randomEdit(repo, 0, n);
    case 2:
      return target ? coding.deleteAnnotation(target, ctx()) : randomEdit(repo, 0, n);
    default:
      return codebook.createCode(
        codes,
        { id: `code-${clock}`, projectId: P, name: `C${n}`, parentId: null },
        ctx(),
      ).set;
  }
}

describe('undo and redo as new change sets', () => {
  it('undo then redo of any sequence of edits returns the same records, stamps apart', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(20)), {
          minLength: 1,
          maxLength: 8,
        }),
        async (edits) => {
          const repo = await repository();
          const history = new ChangeHistory();
          const states = [await content(repo)];
          for (const [pick, n] of edits) {
            const set = await randomEdit(repo, pick, n);
            await repo.apply(set);
            history.record(set);
            states.push(await content(repo));
          }
          // Undo everything that entered the history, checking each earlier state on the way.
          const steps: number[] = [];
          for (let i = states.length - 1; history.peekUndo(); i--) {
            const step = history.peekUndo() as HistoryStep;
            const undo = undoChangeSet(
              step,
              await current(repo, step),
              history.writtenVersions,
              ctx(),
            );
            expect(undo.source).toBe('undo');
            await repo.apply(undo);
            history.markUndone(undo);
            steps.push(i);
          }
          // Undoing a creation leaves a tombstone: compare live content only.
          const live = (s: Awaited<ReturnType<typeof content>>) => ({
            codes: s.codes.filter((c) => !c.deleted).map((c) => c.id),
            annotations: s.annotations.filter((a) => !a.deleted),
          });
          expect(live(await content(repo))).toEqual(live(states[0] as never));
          while (history.peekRedo()) {
            const step = history.peekRedo() as HistoryStep;
            const redo = redoChangeSet(
              step,
              await current(repo, step),
              history.writtenVersions,
              ctx(),
            );
            await repo.apply(redo);
            history.markRedone(redo);
          }
          expect(await content(repo)).toEqual(states[states.length - 1]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('stamps the undo now, past the undone version, instead of rewinding', async () => {
    const repo = await repository();
    const history = new ChangeHistory();
    const made = coding.applyCode(
      {
        overlapping: [],
        document: { id: 'd1', projectId: P },
        text: 'Victims of terrorism',
        span: { start: 0, end: 7 },
        codeId: 'a',
        codeName: 'A',
        newId: 'n1',
      },
      ctx(),
    );
    await repo.apply(made.set);
    const [created] = (await repo.getRecords(P, 'annotation', ['n1'])) as Annotation[];
    const memo = coding.setAnnotationMemo(created as Annotation, 'memo', ctx());
    await repo.apply(memo);
    history.record(memo);
    const step = history.peekUndo() as HistoryStep;
    const at = ctx();
    await repo.apply(undoChangeSet(step, await current(repo, step), history.writtenVersions, at));
    const [after] = (await repo.getRecords(P, 'annotation', ['n1'])) as Annotation[];
    expect(after?.memo).toBe('');
    expect(after?.updatedAt).toBe(at.now);
    expect(after?.rev).toMatch(/^3-/);
    expect(after?.revs?.length).toBe(2);
  });

  it('refuses to undo when a record changed since the step, and says so', async () => {
    const repo = await repository();
    const history = new ChangeHistory();
    const [a] = (await repo.getRecords(P, 'code', ['a'])) as Code[];
    const rename = codebook.updateCode([a as Code], 'a', { name: 'Mine' }, 'rename code', ctx());
    await repo.apply(rename);
    history.record(rename);
    const [mine] = (await repo.getRecords(P, 'code', ['a'])) as Code[];
    await repo.apply(codebook.updateCode([mine as Code], 'a', { name: 'Theirs' }, 'merge', ctx()));
    const step = history.peekUndo() as HistoryStep;
    expect(() =>
      undoChangeSet(step, new Map([['code:a', mine]]), history.writtenVersions, ctx()),
    ).not.toThrow();
    await expect(
      (async () =>
        undoChangeSet(step, await current(repo, step), history.writtenVersions, ctx()))(),
    ).rejects.toThrow(/changed since/);
  });

  it('builds the undo and redo of a large step in parts, pausing between, as at once', async () => {
    const repo = await repository();
    const history = new ChangeHistory();
    const codes = Array.from({ length: 12 }, (_, i) => code(P, `m${i}`));
    const made = buildChangeSet({ projectId: P, source: 'user', label: 'many' }, ctx(), [
      ...codes.map((after) => ({ kind: 'code' as const, before: null, after })),
    ]);
    await repo.apply(made);
    history.record(made);
    const step = history.peekUndo() as HistoryStep;
    const at = ctx();
    const records = await current(repo, step);
    let pauses = 0;
    const pause = async () => void pauses++;
    const stepped = await restoreChangeSetInSteps(
      'undo',
      step,
      records,
      history.writtenVersions,
      at,
      pause,
      5,
    );
    expect(pauses).toBe(2);
    expect(stepped).toEqual(undoChangeSet(step, records, history.writtenVersions, at));
    expect(stepped.changes).toHaveLength(12);
    // Refused as at once, whichever part holds the changed record, with nothing built.
    const [last] = (await repo.getRecords(P, 'code', ['m0'])) as Code[];
    const moved = new Map(records).set('code:m0', { ...(last as Code), rev: '9-x' });
    await expect(
      restoreChangeSetInSteps('undo', step, moved, history.writtenVersions, at, pause, 5),
    ).rejects.toThrow(/changed since/);
    await repo.apply(stepped);
    history.markUndone(stepped);
    const undone = history.peekRedo() as HistoryStep;
    const now = await current(repo, undone);
    const redo = await restoreChangeSetInSteps(
      'redo',
      undone,
      now,
      history.writtenVersions,
      at,
      pause,
      5,
    );
    expect(redo).toEqual(redoChangeSet(undone, now, history.writtenVersions, at));
  });

  it('keeps imports and purges out of the history, lets merges in, and at most the capacity', () => {
    const history = new ChangeHistory(undefined, 3);
    const base = buildChangeSet({ projectId: P, source: 'user', label: 'x' }, ctx(), [
      { kind: 'code', before: null, after: code(P, 'z') },
    ]);
    expect(history.record({ ...base, source: 'import' })).toBe(false);
    expect(history.record({ ...base, source: 'undo' })).toBe(false);
    expect(history.record({ ...base, source: 'merge', addToHistory: false })).toBe(false);
    expect(history.record({ ...base, source: 'merge', purged: [] })).toBe(true);
    const purged = { kind: 'code' as const, id: 'y', projectId: P, purgedBy: CODER, purgedAt: T0 };
    expect(history.record({ ...base, source: 'merge', purged: [purged] })).toBe(false);
    for (let i = 0; i < 5; i++) history.record({ ...base, label: `s${i}` });
    expect(history.toData().done.map((s) => s.label)).toEqual(['s2', 's3', 's4']);
    expect(Object.keys(history.toData().written)).toEqual(['code:z']);
    // A step keeps no document body (a merge's new documents would carry whole texts).
    const withDoc = buildChangeSet({ projectId: P, source: 'merge', label: 'm' }, ctx(), [
      { kind: 'document', before: null, after: document(P, 'd9', 'A long text.') },
    ]);
    history.record(withDoc);
    const kept = history.peekUndo()?.original.changes[0]?.after;
    expect(kept).not.toHaveProperty('text');
    expect(kept?.id).toBe('d9');
    history.clear();
    expect(history.toData()).toEqual({ done: [], undone: [], written: {} });
  });
});
