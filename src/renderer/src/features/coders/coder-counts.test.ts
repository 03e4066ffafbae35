import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChangeSet, ChangeSource, RecordChange } from '../../../../core/changes/change-set';
import { IntervalIndex } from '../../../../core/index/interval-index';
import type { Annotation, Id } from '../../../../core/model/types';
import { annotation, document } from '../../../../core/repository/test-support/records';
import { mirrorChangeSet } from '../../state/mirror';
import { Store } from '../../state/store';
import { initialState, type WorkbenchState } from '../../state/workbench-state';
import { toDocumentMeta } from '../../storage';
import { coderCounts } from './coder-counts';

const CODERS = ['ada', 'bo', 'cy'];
const OPEN = 'd1';

/** One step of a session, as the generator draws it. */
type Step =
  | { kind: 'code'; documentId: Id; coder: number }
  | { kind: 'recode'; pick: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'undo' }
  | { kind: 'merge'; coders: number[]; picks: number[] }
  | { kind: 'import' }
  | { kind: 'otherProject' }
  | { kind: 'read' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('code' as const),
    documentId: fc.constantFrom(OPEN, OPEN, 'd2'),
    coder: fc.nat(2),
  }),
  fc.record({ kind: fc.constant('recode' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
  fc.record({
    kind: fc.constant('merge' as const),
    coders: fc.array(fc.nat(2), { maxLength: 4 }),
    picks: fc.array(fc.nat(), { maxLength: 3 }),
  }),
  fc.constant({ kind: 'import' as const }),
  fc.constant({ kind: 'otherProject' as const }),
  fc.constant({ kind: 'read' as const }),
);

/** Counts by coder, in one pass over a list: the truth the kept counts must equal. */
function recount(annotations: Iterable<Annotation>): Map<Id, number> {
  const counts = new Map<Id, number>();
  for (const a of annotations) counts.set(a.createdBy, (counts.get(a.createdBy) ?? 0) + 1);
  return counts;
}

const sorted = (m: ReadonlyMap<Id, number>) => [...m].sort(([a], [b]) => a.localeCompare(b));

/**
 * Plays a session against the mirror: every change set goes through `mirrorChangeSet` as the
 * workbench applies it; an import reloads the index as `Workbench.reloadProject` does. After
 * each step the counts (kept, or counted afresh) must equal a recount of the live records.
 */
function play(steps: readonly Step[]): void {
  const doc = document('p', OPEN);
  const store = new Store<WorkbenchState>({
    ...initialState,
    projectId: 'p',
    documents: [toDocumentMeta(doc)],
    openDocument: { meta: toDocumentMeta(doc), text: doc.text, blocks: doc.blocks, marks: [] },
  });
  const index = new IntervalIndex<Annotation>();
  const stored = new Map<Id, Annotation>();
  const applied: ChangeSet[] = [];
  let next = 0;
  const make = (documentId: Id, coder: Id, projectId = 'p'): Annotation => ({
    ...annotation(projectId, documentId, `a${next++}`, ['c1']),
    createdBy: coder,
  });
  const live = () => [...stored.values()].filter((a) => !a.deleted);
  const pick = (n: number) => {
    const all = live();
    return all.length ? all[n % all.length] : undefined;
  };
  const apply = (changes: RecordChange[], source: ChangeSource = 'user', projectId = 'p') => {
    const set: ChangeSet = {
      projectId,
      source,
      label: 'edit',
      coderId: 'ada',
      at: 'now',
      changes,
      purged: [],
    };
    if (projectId === 'p') {
      for (const c of changes) if (c.after) stored.set(c.after.id, c.after as Annotation);
      applied.push(set);
    }
    store.batch(() => mirrorChangeSet(store, index, set));
  };
  const update = (before: Annotation, after: Annotation): RecordChange => ({
    kind: 'annotation',
    before,
    after,
  });

  for (const s of steps) {
    if (s.kind === 'code') {
      apply([{ kind: 'annotation', before: null, after: make(s.documentId, CODERS[s.coder]!) }]);
    } else if (s.kind === 'recode') {
      const a = pick(s.pick);
      if (a) apply([update(a, { ...a, codeIds: [...a.codeIds, 'c2'] })]);
    } else if (s.kind === 'delete') {
      const a = pick(s.pick);
      if (a) apply([update(a, { ...a, deleted: true })]);
    } else if (s.kind === 'undo') {
      // The last change set reverted as a new one: adds become deletions, edits go back.
      const last = applied.pop();
      if (!last) continue;
      const changes = [...last.changes].reverse().map((c) => {
        const now = stored.get((c.after ?? c.before)!.id)! as Annotation;
        const back = c.before ? (c.before as Annotation) : { ...now, deleted: true };
        return update(now, back);
      });
      apply(changes, 'undo');
      applied.pop(); // an undo does not enter the history
    } else if (s.kind === 'merge') {
      // Other coders' new work and edits of existing annotations, in one change set.
      const changes: RecordChange[] = s.coders.map((c) => ({
        kind: 'annotation',
        before: null,
        after: make(OPEN, CODERS[c]!),
      }));
      const seen = new Set<Id>();
      for (const n of s.picks) {
        const a = pick(n);
        if (!a || seen.has(a.id)) continue;
        seen.add(a.id);
        changes.push(update(a, n % 2 ? { ...a, deleted: true } : { ...a, memo: 'merged' }));
      }
      if (changes.length) apply(changes, 'merge');
    } else if (s.kind === 'import') {
      // An import that replaced records behind the workbench: it reloads the project.
      const extra = make(OPEN, 'dee');
      stored.set(extra.id, extra);
      store.batch(() => {
        index.clear();
        for (const a of live()) if (a.documentId === OPEN) index.add(a);
        store.set({ annotationsVersion: store.get().annotationsVersion + 1 });
      });
    } else if (s.kind === 'otherProject') {
      apply([{ kind: 'annotation', before: null, after: make(OPEN, 'bo', 'q') }], 'user', 'q');
    }
    const version = store.get().annotationsVersion;
    if (s.kind === 'read' || s.kind === 'import') {
      const truth = recount(live().filter((a) => a.documentId === OPEN));
      expect(sorted(coderCounts(index, version))).toEqual(sorted(truth));
      const inIndex: Annotation[] = [];
      index.forEach((a) => inIndex.push(a));
      expect(sorted(recount(inIndex))).toEqual(sorted(truth));
    }
  }
  const truth = recount(live().filter((a) => a.documentId === OPEN));
  expect(sorted(coderCounts(index, store.get().annotationsVersion))).toEqual(sorted(truth));
}

describe('per-coder counts kept from change sets', () => {
  it('equal a full recount after any session of codes, edits, undos, merges and imports', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => play(steps)),
      { numRuns: 300 },
    );
  });

  it('follow a coding write without a pass over the index', () => {
    const index = new IntervalIndex<Annotation>();
    for (let i = 0; i < 3; i++) index.add({ ...annotation('p', OPEN, `x${i}`, []) });
    const doc = document('p', OPEN);
    const store = new Store<WorkbenchState>({
      ...initialState,
      projectId: 'p',
      openDocument: { meta: toDocumentMeta(doc), text: doc.text, blocks: doc.blocks, marks: [] },
    });
    expect(coderCounts(index, 0).get('coder-ada')).toBe(3);
    let passes = 0;
    const forEach = index.forEach.bind(index);
    index.forEach = (fn) => {
      passes++;
      forEach(fn);
    };
    const after = { ...annotation('p', OPEN, 'x3', []), createdBy: 'bo' };
    mirrorChangeSet(store, index, {
      projectId: 'p',
      source: 'user',
      label: 'apply code',
      coderId: 'bo',
      at: 'now',
      changes: [{ kind: 'annotation', before: null, after }],
      purged: [],
    });
    const counts = coderCounts(index, store.get().annotationsVersion);
    expect(sorted(counts)).toEqual([
      ['bo', 1],
      ['coder-ada', 3],
    ]);
    expect(passes).toBe(0);
  });
});
