import { addChangesInSteps, buildChangeSet } from '../changes/build-change-set';
import type { ChangeSet, EditContext, RecordByKind, RecordChange } from '../changes/change-set';
import { touched } from '../model/stamp';
import type { ProjectSnapshot, PurgedRecord, RecordKind } from '../model/snapshot';
import type { Annotation, Code, DocumentMeta, Id } from '../model/types';

/** A record in the trash and what the user calls it. */
function nameOf(kind: RecordKind, record: { name?: string; quote?: string }): string {
  return kind === 'annotation' ? 'annotation' : (record.name ?? kind);
}

/** Brings a record back from the trash (an empty change set when it is not deleted). */
export function restoreRecord<K extends RecordKind>(
  kind: K,
  record: RecordByKind[K],
  ctx: EditContext,
): ChangeSet {
  const projectId = kind === 'project' ? record.id : (record as { projectId: Id }).projectId;
  const changes = record.deleted
    ? [
        {
          kind,
          before: record,
          after: { ...record, deleted: false, updatedBy: ctx.coderId, updatedAt: ctx.now },
        },
      ]
    : [];
  return buildChangeSet(
    { projectId, source: 'user', label: `restore ${nameOf(kind, record)}` },
    ctx,
    changes as RecordChange[],
  );
}

/** The project's records a purge may touch: what is erased with the record, or rewritten. */
export interface PurgeScope {
  documents: readonly DocumentMeta[];
  codes: readonly Code[];
  /** At least the annotations on a purged document or carrying a purged code. */
  annotations: readonly Annotation[];
}

/**
 * Empties one record from the trash for good, leaving a contentless tombstone (`PurgedRecord`)
 * for it and for what goes with it, so a teammate's file never brings it back:
 * - an annotation: erased;
 * - a document: erased with its annotations;
 * - a code: erased; annotations drop it and its children move up to its parent, those records
 *   re-stamped as edits by this coder (a merge must see that they changed).
 * Throws when the record is not in the trash. Purging a whole project is `purgeProject`.
 */
export function purgeRecord(
  kind: Exclude<RecordKind, 'project'>,
  record: DocumentMeta | Code | Annotation,
  scope: PurgeScope,
  ctx: EditContext,
): ChangeSet {
  if (!record.deleted) throw new Error('Only what is in the trash can be deleted for good.');
  const projectId = record.projectId;
  const changes: RecordChange[] = [];
  const purged: PurgedRecord[] = [];
  const erase = <K extends Exclude<RecordKind, 'project'>>(k: K, r: RecordByKind[K]) => {
    changes.push({ kind: k, before: r, after: null } as RecordChange);
    purged.push({ kind: k, id: r.id, projectId, purgedBy: ctx.coderId, purgedAt: ctx.now });
  };
  if (kind === 'document') {
    for (const a of scope.annotations) if (a.documentId === record.id) erase('annotation', a);
    erase('document', record as DocumentMeta);
  } else if (kind === 'code') {
    const code = record as Code;
    for (const child of scope.codes) {
      if (child.parentId !== code.id) continue;
      const after = touched(child, { parentId: code.parentId }, ctx.coderId, ctx.now);
      changes.push({ kind: 'code', before: child, after });
    }
    for (const a of scope.annotations) {
      if (!a.codeIds.includes(code.id)) continue;
      const codeIds = a.codeIds.filter((id) => id !== code.id);
      changes.push({
        kind: 'annotation',
        before: a,
        after: touched(a, { codeIds }, ctx.coderId, ctx.now),
      });
    }
    erase('code', code);
  } else {
    erase('annotation', record as Annotation);
  }
  return buildChangeSet(
    { projectId, source: 'user', label: `delete ${nameOf(kind, record)} for good` },
    ctx,
    changes,
    purged,
  );
}

/**
 * `purgeRecord` of a code with the annotations of `scope` re-stamped `step` at a time, awaiting
 * `pause()` before each step: purging a code on thousands of annotations re-stamps each of
 * them (a hash each), which held the UI thread for hundreds of ms at once. The same records
 * change (a code's purge erases no annotation, so every tombstone is the head's).
 */
export function purgeCodeInSteps(
  code: Code,
  scope: PurgeScope,
  ctx: EditContext,
  pause: () => Promise<void>,
  step = 200,
): Promise<ChangeSet> {
  const head = purgeRecord('code', code, { ...scope, annotations: [] }, ctx);
  const alone = { documents: [], codes: [] };
  return addChangesInSteps(
    head,
    scope.annotations,
    (slice) =>
      purgeRecord('code', code, { ...alone, annotations: slice }, ctx).changes.filter(
        (c) => c.kind === 'annotation',
      ),
    pause,
    step,
  );
}

/**
 * Erases a trashed project with everything in it, leaving one contentless tombstone for the
 * project itself (id, kind, who, when), like purging a single record: it stands for everything
 * the project held, so a teammate's file of the project never brings it back under its own id
 * (an import of such a file comes in as a separate copy with new ids, and says so).
 */
export function purgeProject(snapshot: ProjectSnapshot, ctx: EditContext): ChangeSet {
  if (!snapshot.project.deleted)
    throw new Error('Only what is in the trash can be deleted for good.');
  const meta = (d: ProjectSnapshot['documents'][number]): DocumentMeta => {
    const { text: _text, blocks: _blocks, marks: _marks, ...rest } = d;
    return rest;
  };
  const changes: RecordChange[] = [
    ...snapshot.annotations.map((a): RecordChange => ({
      kind: 'annotation',
      before: a,
      after: null,
    })),
    ...snapshot.codes.map((c): RecordChange => ({ kind: 'code', before: c, after: null })),
    ...snapshot.documents.map((d): RecordChange => ({
      kind: 'document',
      before: meta(d),
      after: null,
    })),
    { kind: 'project', before: snapshot.project, after: null },
  ];
  return buildChangeSet(
    {
      projectId: snapshot.project.id,
      source: 'user',
      label: `delete project ${snapshot.project.name} for good`,
    },
    ctx,
    changes,
    [
      {
        kind: 'project',
        id: snapshot.project.id,
        projectId: snapshot.project.id,
        purgedBy: ctx.coderId,
        purgedAt: ctx.now,
      },
    ],
  );
}
