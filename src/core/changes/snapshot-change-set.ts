import type { ProjectSnapshot } from '../model/snapshot';
import type { CorpusDocument } from '../model/types';
import type { ChangeSet, ChangeSource, EditContext, RecordChange } from './change-set';

/**
 * A whole project, as the change set that adds it to a profile that does not have it (an
 * imported exchange file, a restored backup). Records keep their own stamps and revisions: they
 * are someone's earlier work, not an edit made now, and a later merge must recognise them.
 * Documents must carry their texts.
 */
export function snapshotChangeSet(
  snapshot: ProjectSnapshot,
  header: { source: Extract<ChangeSource, 'import' | 'merge' | 'system'>; label: string },
  ctx: EditContext,
): ChangeSet {
  const changes: RecordChange[] = [{ kind: 'project', before: null, after: snapshot.project }];
  for (const d of snapshot.documents) {
    if (typeof d.text !== 'string') throw new Error(`Document ${d.id} (${d.name}) has no text.`);
    changes.push({ kind: 'document', before: null, after: d as CorpusDocument });
  }
  for (const c of snapshot.codes) changes.push({ kind: 'code', before: null, after: c });
  for (const a of snapshot.annotations)
    changes.push({ kind: 'annotation', before: null, after: a });
  return {
    projectId: snapshot.project.id,
    ...header,
    coderId: ctx.coderId,
    at: ctx.now,
    changes,
    purged: snapshot.purged,
    ...(snapshot.conflicts?.length ? { conflictsAdded: snapshot.conflicts } : {}),
  };
}
