import fc from 'fast-check';
import { quoteContext } from '../../anchoring/quote-context';
import { splitsSurrogatePair } from '../../anchoring/span';
import { projectArbitrary } from '../../exchange/test-support/project-arbitrary';
import { withRevision } from '../../model/revision';
import type { ProjectSnapshot } from '../../model/snapshot';
import type { Annotation, Code, Stamped } from '../../model/types';
import { mergeSnapshots } from '../merge-snapshots';

type Kind = 'project' | 'document' | 'code' | 'annotation';

/** One step of one coder's work on their own copy. */
type Step =
  | { type: 'edit'; kind: Kind; pick: number; memo: string; at: number }
  | { type: 'delete' | 'restore'; kind: Exclude<Kind, 'project'>; pick: number; at: number }
  | { type: 'recode'; pick: number; code: number; at: number }
  | { type: 'move'; pick: number; parent: number; at: number }
  | { type: 'create'; id: string; doc: number; start: number; length: number; at: number }
  | { type: 'purge'; kind: 'document' | 'code' | 'annotation'; pick: number; at: number }
  | { type: 'sync'; from: number };

const at = fc.nat({ max: 5 });
// Small picks: coders often touch the same few records, which is where conflicts come from.
const pick = fc.nat({ max: 3 });
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    type: fc.constant('edit' as const),
    kind: fc.constantFrom<Kind>('project', 'document', 'code', 'annotation', 'annotation'),
    pick,
    memo: fc.constantFrom('', 'x', 'y', 'zz'),
    at,
  }),
  fc.record({
    type: fc.constantFrom('delete' as const, 'restore' as const),
    kind: fc.constantFrom('document' as const, 'code' as const, 'annotation' as const),
    pick,
    at,
  }),
  fc.record({ type: fc.constant('recode' as const), pick, code: fc.nat(), at }),
  fc.record({ type: fc.constant('move' as const), pick, parent: fc.nat(), at }),
  fc.record({
    type: fc.constant('create' as const),
    id: fc.uuid(),
    doc: fc.nat(),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 8 }),
    at,
  }),
  fc.record({
    type: fc.constant('purge' as const),
    kind: fc.constantFrom('document' as const, 'code' as const, 'annotation' as const),
    pick,
    at,
  }),
  fc.record({ type: fc.constant('sync' as const), from: fc.nat() }),
);

/** Seconds 0-5 of one minute: few enough that coders often edit "at the same time". */
export const timeAt = (second: number) => `2031-01-01T00:00:0${second}.000Z`;

/** The coder of fork `i` (ids sort in fork order, which makes tie-breaks easy to state). */
export const forkCoder = (i: number) => `coder-${i}`;

const table = { document: 'documents', code: 'codes', annotation: 'annotations' } as const;

function records(s: ProjectSnapshot, kind: Kind): Stamped[] {
  return kind === 'project' ? [s.project] : s[table[kind]];
}

function replace<T extends Stamped>(list: T[], next: T): T[] {
  return list.map((r) => (r.id === next.id ? next : r));
}

/** One coder's step applied to their copy, stamped the way the change layer stamps edits. */
function apply(
  s: ProjectSnapshot,
  forks: ProjectSnapshot[],
  i: number,
  step: Step,
): ProjectSnapshot {
  if (step.type === 'sync') {
    const from = forks[step.from % forks.length] as ProjectSnapshot;
    return mergeSnapshots(s, from).snapshot;
  }
  const coder = forkCoder(i);
  const stamp = { updatedBy: coder, updatedAt: timeAt(step.at) };
  const edit = <T extends Stamped>(r: T, change: Partial<T>): T =>
    withRevision(r, { ...r, ...change, ...stamp });
  const setRecord = (kind: Kind, next: Stamped): ProjectSnapshot =>
    kind === 'project'
      ? { ...s, project: next as ProjectSnapshot['project'] }
      : { ...s, [table[kind]]: replace(s[table[kind]] as Stamped[], next) };
  switch (step.type) {
    case 'edit': {
      const list = records(s, step.kind);
      const r = list[step.pick % Math.max(1, list.length)];
      if (!r) return s;
      const change = step.kind === 'project' ? { name: `P${step.memo}` } : { memo: step.memo };
      return setRecord(step.kind, withRevision(r, { ...r, ...change, ...stamp }));
    }
    case 'delete':
    case 'restore': {
      const list = records(s, step.kind);
      const r = list[step.pick % Math.max(1, list.length)];
      if (!r || r.deleted === (step.type === 'delete')) return s;
      return setRecord(step.kind, edit(r, { deleted: step.type === 'delete' }));
    }
    case 'recode': {
      const a = s.annotations[step.pick % Math.max(1, s.annotations.length)];
      const c = s.codes[step.code % Math.max(1, s.codes.length)];
      if (!a || !c) return s;
      const codeIds = a.codeIds.includes(c.id)
        ? a.codeIds.filter((x) => x !== c.id)
        : [...a.codeIds, c.id];
      return setRecord('annotation', edit(a, { codeIds }));
    }
    case 'move': {
      const c = s.codes[step.pick % Math.max(1, s.codes.length)];
      const p = s.codes[step.parent % Math.max(1, s.codes.length)];
      if (!c || !p) return s;
      // A coder cannot make a cycle in their own copy; two coders' moves can (the merge cuts it).
      const byId = new Map(s.codes.map((x) => [x.id, x]));
      for (let x: Code | undefined = p; x; x = byId.get(x.parentId ?? ''))
        if (x.id === c.id) return s;
      return setRecord('code', edit(c, { parentId: p.id }));
    }
    case 'create': {
      const doc = s.documents.filter((d) => (d.text ?? '').length > 0)[
        step.doc % Math.max(1, s.documents.length)
      ];
      if (!doc?.text || s.annotations.some((a) => a.id === step.id)) return s;
      // Whole characters only, as the workbench selects them (never half an emoji).
      const at = step.start % doc.text.length;
      const start = splitsSurrogatePair(doc.text, at) ? at - 1 : at;
      const to = Math.min(doc.text.length, start + step.length);
      const end = splitsSurrogatePair(doc.text, to) ? to + 1 : to;
      const a: Annotation = {
        id: step.id,
        createdBy: coder,
        createdAt: stamp.updatedAt,
        ...stamp,
        deleted: false,
        projectId: s.project.id,
        documentId: doc.id,
        start,
        end,
        ...quoteContext(doc.text, start, end),
        codeIds: s.codes.slice(0, 1).map((c) => c.id),
        memo: '',
      };
      return { ...s, annotations: [...s.annotations, withRevision(null, a)] };
    }
    case 'purge': {
      const list = records(s, step.kind).filter((r) => r.deleted);
      const r = list[step.pick % Math.max(1, list.length)];
      if (!r) return s;
      const purged = [
        ...s.purged,
        {
          kind: step.kind,
          id: r.id,
          projectId: s.project.id,
          purgedBy: coder,
          purgedAt: stamp.updatedAt,
        },
      ];
      const conflicts = (s.conflicts ?? []).filter((c) => c.record.id !== r.id);
      if (step.kind === 'annotation') {
        return { ...s, annotations: s.annotations.filter((a) => a.id !== r.id), purged, conflicts };
      }
      if (step.kind === 'document') {
        // Its annotations go with it (the merge drops teammates' ones on it too).
        const gone = new Set(s.annotations.filter((a) => a.documentId === r.id).map((a) => a.id));
        return {
          ...s,
          documents: s.documents.filter((d) => d.id !== r.id),
          annotations: s.annotations.filter((a) => !gone.has(a.id)),
          purged,
          conflicts: conflicts.filter((c) => !gone.has(c.record.id)),
        };
      }
      // Purging a code takes it off its annotations and moves its children to the top.
      return {
        ...s,
        codes: s.codes
          .filter((c) => c.id !== r.id)
          .map((c) => (c.parentId === r.id ? edit(c, { parentId: null }) : c)),
        annotations: s.annotations.map((a) =>
          a.codeIds.includes(r.id) ? edit(a, { codeIds: a.codeIds.filter((x) => x !== r.id) }) : a,
        ),
        purged,
        conflicts,
      };
    }
  }
}

/**
 * `count` coders' copies of one generated project, each changed by a random script of edits,
 * deletes, restores, recodings, code moves, new annotations, purges and syncs with the others
 * (through `mergeSnapshots`, so histories interleave as they do in a team): the input of the
 * merge law properties.
 */
export function forksArbitrary(count: number, maxSteps = 16): fc.Arbitrary<ProjectSnapshot[]> {
  return fc
    .tuple(
      projectArbitrary,
      fc.array(fc.tuple(fc.nat({ max: count - 1 }), stepArbitrary), { maxLength: maxSteps }),
    )
    .map(([base, steps]) => {
      const { exportedBy: _by, ...rest } = base;
      const start: ProjectSnapshot = {
        ...rest,
        purged: rest.purged ?? [],
        conflicts: rest.conflicts ?? [],
      };
      const forks = Array.from({ length: count }, (_, i) => ({
        ...start,
        coders: [...start.coders, { id: forkCoder(i), name: `Coder ${i}`, createdAt: timeAt(0) }],
      }));
      for (const [i, step] of steps) forks[i] = apply(forks[i] as ProjectSnapshot, forks, i, step);
      return forks;
    });
}
