import { addChangesInSteps, buildChangeSet } from '../changes/build-change-set';
import type { ChangeSet, EditContext, RecordChange } from '../changes/change-set';
import { newChildProblem } from '../codebook/code-depth';
import { descendantIds } from '../codebook/code-tree';
import { defaultHotkeys } from '../codebook/hotkeys';
import { mergeCodes as mergeCodeRecords } from '../codebook/merge-codes';
import { moveCode as moveCodeRecords } from '../codebook/move-code';
import { nextColor } from '../codebook/palette';
import { created } from '../model/stamp';
import { touch } from '../coding/edits';
import type { Annotation, Code, Id } from '../model/types';

/** The code fields a user edits in the code dialog. */
export type CodeEdit = Partial<Pick<Code, 'name' | 'color' | 'description' | 'hotkey' | 'memo'>>;

/** Whole-record changes from the records as they were to the changed ones (matched by id). */
export function changesFrom<K extends 'code' | 'annotation'>(
  kind: K,
  before: readonly (K extends 'code' ? Code : Annotation)[],
  after: readonly (K extends 'code' ? Code : Annotation)[],
): RecordChange[] {
  const byId = new Map(before.map((r) => [r.id, r]));
  return after.map(
    (record) => ({ kind, before: byId.get(record.id) ?? null, after: record }) as RecordChange,
  );
}

/**
 * Creates a code at the end of its siblings, with the next palette colour and the first free
 * hotkey, from the project's codes as they are now (so two codes made at once get different
 * orders and keys when each is built in its turn).
 */
export function createCode(
  codes: readonly Code[],
  args: { id: Id; projectId: Id; name: string; parentId: Id | null },
  ctx: EditContext,
): { set: ChangeSet; code: Code } {
  const name = args.name.trim();
  if (!name) throw new Error('A code needs a name.');
  const tooDeep = newChildProblem(codes, args.parentId);
  if (tooDeep) throw new Error(tooDeep);
  const live = codes.filter((c) => !c.deleted);
  const siblings = live.filter((c) => c.parentId === args.parentId);
  const code: Code = {
    id: args.id,
    projectId: args.projectId,
    parentId: args.parentId,
    name,
    color: nextColor(live),
    description: '',
    hotkey: null,
    order: siblings.reduce((max, c) => Math.max(max, c.order + 1), 0),
    memo: '',
    ...created(ctx.coderId, ctx.now),
  };
  const withHotkey =
    defaultHotkeys([...live, code], ctx.coderId, ctx.now).find((c) => c.id === code.id) ?? code;
  const set = buildChangeSet(
    { projectId: args.projectId, source: 'user', label: `create code ${name}` },
    ctx,
    [{ kind: 'code', before: null, after: withHotkey }],
  );
  const stored = set.changes[0]?.after as Code;
  return { set, code: stored };
}

/** Changes fields of one code; a hotkey taken from another code moves to this one. */
export function updateCode(
  codes: readonly Code[],
  id: Id,
  edit: CodeEdit,
  label: string,
  ctx: EditContext,
): ChangeSet {
  if (edit.name !== undefined && !edit.name.trim()) throw new Error('A code needs a name.');
  const code = codes.find((c) => c.id === id);
  if (!code) throw new Error('That code no longer exists.');
  const others = edit.hotkey
    ? codes.filter((c) => !c.deleted && c.id !== id && c.hotkey === edit.hotkey)
    : [];
  return buildChangeSet({ projectId: code.projectId, source: 'user', label }, ctx, [
    ...others.map((other): RecordChange => ({
      kind: 'code',
      before: other,
      after: touch<Code>(other, ctx, { hotkey: null }),
    })),
    { kind: 'code', before: code, after: touch<Code>(code, ctx, edit) },
  ]);
}

/** Moves a code under another parent (or to the top) at a position among its siblings. */
export function moveCode(
  codes: readonly Code[],
  id: Id,
  parentId: Id | null,
  index: number | undefined,
  ctx: EditContext,
): ChangeSet {
  const code = codes.find((c) => c.id === id);
  if (!code) throw new Error('That code no longer exists.');
  const live = codes.filter((c) => !c.deleted);
  const position = index ?? live.filter((c) => c.parentId === parentId && c.id !== id).length;
  const moved = moveCodeRecords(live, id, parentId, position, ctx.coderId, ctx.now);
  return buildChangeSet(
    { projectId: code.projectId, source: 'user', label: `move code ${code.name}` },
    ctx,
    changesFrom('code', codes, moved),
  );
}

/**
 * Merges code `fromId` into `intoId`: its annotations (`annotations`: at least every one that
 * carries `fromId`) and children move over; the source goes to the trash.
 */
export function mergeCodes(
  codes: readonly Code[],
  annotations: readonly Annotation[],
  fromId: Id,
  intoId: Id,
  ctx: EditContext,
): ChangeSet {
  const from = codes.find((c) => c.id === fromId);
  const into = codes.find((c) => c.id === intoId);
  if (!from || !into) throw new Error('That code no longer exists.');
  const result = mergeCodeRecords(codes, annotations, fromId, intoId, ctx.coderId, ctx.now);
  return buildChangeSet(
    {
      projectId: from.projectId,
      source: 'user',
      label: `merge code ${from.name} into ${into.name}`,
    },
    ctx,
    [
      ...changesFrom('code', codes, result.codes),
      ...changesFrom('annotation', annotations, result.annotations),
    ],
  );
}

/**
 * `mergeCodes` built `step` annotations at a time, awaiting `pause()` before each step: the same
 * change set, without holding the calling thread for the whole of a code on tens of thousands of
 * annotations (stamping each changed annotation hashes it). The UI passes a pause that yields to
 * the event loop.
 */
export function mergeCodesInSteps(
  codes: readonly Code[],
  annotations: readonly Annotation[],
  fromId: Id,
  intoId: Id,
  ctx: EditContext,
  pause: () => Promise<void>,
  step = 200,
): Promise<ChangeSet> {
  return addChangesInSteps(
    mergeCodes(codes, [], fromId, intoId, ctx),
    annotations,
    (slice) =>
      mergeCodes(codes, slice, fromId, intoId, ctx).changes.filter((c) => c.kind === 'annotation'),
    pause,
    step,
  );
}

/** Moves a code and its sub-codes to the trash; annotations keep their codes for a restore. */
export function deleteCode(codes: readonly Code[], id: Id, ctx: EditContext): ChangeSet {
  const code = codes.find((c) => c.id === id);
  if (!code) throw new Error('That code no longer exists.');
  const live = codes.filter((c) => !c.deleted);
  const ids = [id, ...descendantIds(live, id)];
  const changes = ids.flatMap((codeId): RecordChange[] => {
    const before = codes.find((c) => c.id === codeId);
    return before && !before.deleted
      ? [{ kind: 'code', before, after: touch(before, ctx, { deleted: true }) }]
      : [];
  });
  return buildChangeSet(
    { projectId: code.projectId, source: 'user', label: `delete code ${code.name}` },
    ctx,
    changes,
  );
}

/**
 * Adds codes read from a codebook file to a project, as this coder's records. Ids are kept
 * (stable ids let a merge match a shared codebook) unless the project already has them, then
 * fresh ones are given and references follow; a hotkey already in use is dropped.
 */
export function importCodebook(
  codes: readonly Code[],
  imported: readonly Code[],
  args: { projectId: Id; fileName: string; newId: () => Id },
  ctx: EditContext,
): ChangeSet {
  const live = codes.filter((c) => !c.deleted);
  const inUse = new Set(codes.map((c) => c.id));
  const ids = new Map(imported.map((c) => [c.id, inUse.has(c.id) ? args.newId() : c.id]));
  const siblingsAtTop = live.filter((c) => c.parentId === null).length;
  const usedKeys = new Set(live.map((c) => c.hotkey));
  const added: Code[] = imported.map((c) => ({
    ...c,
    id: ids.get(c.id) ?? c.id,
    parentId: c.parentId === null ? null : (ids.get(c.parentId) ?? null),
    projectId: args.projectId,
    order: c.parentId === null ? c.order + siblingsAtTop : c.order,
    hotkey: c.hotkey !== null && usedKeys.has(c.hotkey) ? null : c.hotkey,
    ...created(ctx.coderId, ctx.now),
  }));
  return buildChangeSet(
    { projectId: args.projectId, source: 'user', label: `import codebook ${args.fileName}` },
    ctx,
    added.map((after): RecordChange => ({ kind: 'code', before: null, after })),
  );
}
