import type { ChangeSet } from '../../../core/changes/change-set';
import type { IntervalIndex } from '../../../core/index/interval-index';
import type { Annotation, Code, Id, Project } from '../../../core/model/types';
import { countChangedAnnotations, forgetCoderCounts } from '../features/coders/coder-counts';
import { toDocumentMeta } from '../storage';
import type { Store } from './store';
import type { DocumentMeta, WorkbenchState } from './workbench-state';

/** Replaces (or removes, when `next` is null) the record with `id` in a list. */
function upsert<T extends { id: Id }>(list: T[], next: T | null, id: Id): T[] {
  const index = list.findIndex((item) => item.id === id);
  if (next === null) return index < 0 ? list : list.filter((item) => item.id !== id);
  if (index < 0) return [...list, next];
  const copy = list.slice();
  copy[index] = next;
  return copy;
}

/**
 * Mirrors an applied change set in memory: the projects, documents and codes of the store and
 * the open document's interval index, in one `store.set`. Records of another project than the
 * open one are left to storage (projects themselves are always mirrored).
 */
export function mirrorChangeSet(
  store: Store<WorkbenchState>,
  index: IntervalIndex<Annotation>,
  set: ChangeSet,
): void {
  const state = store.get();
  let { codes, documents, projects, selectedAnnotationId, openDocument } = state;
  const current = set.projectId === state.projectId;
  let annotationsChanged = false;
  // Whose annotations left the index and came in: the per-coder counts follow from these.
  const removedBy: Id[] = [];
  const addedBy: Id[] = [];
  const openId = openDocument?.meta.id;
  for (const change of set.changes) {
    const record = change.after ?? change.before;
    if (!record) continue;
    if (change.kind === 'project') {
      projects = upsert(projects, change.after as Project | null, record.id);
      continue;
    }
    if (!current) continue;
    if (change.kind === 'annotation') {
      const annotation = record as Annotation;
      if (annotation.documentId !== openId) continue;
      annotationsChanged = true;
      const inIndex = index.get(annotation.id);
      const after = change.after as Annotation | null;
      const live = after && !after.deleted ? after : null;
      if (inIndex && live && inIndex.createdBy === live.createdBy) {
        // Still there (codes or memo changed): replaced in place when its span stayed.
        index.update(live);
        continue;
      }
      if (inIndex) {
        index.remove(annotation.id);
        removedBy.push(inIndex.createdBy);
      }
      if (live) {
        index.add(live);
        addedBy.push(live.createdBy);
      } else if (selectedAnnotationId === annotation.id) selectedAnnotationId = null;
    } else if (change.kind === 'code') {
      codes = upsert(codes, change.after as Code | null, record.id);
    } else {
      const meta = change.after ? toDocumentMeta(change.after) : null;
      documents = upsert<DocumentMeta>(documents, meta, record.id);
      if (openDocument && record.id === openId) {
        openDocument = meta && !meta.deleted ? { ...openDocument, meta } : null;
      }
    }
  }
  if (openDocument === null && state.openDocument !== null) {
    index.clear();
    forgetCoderCounts(index);
  } else if (annotationsChanged) {
    countChangedAnnotations(
      index,
      state.annotationsVersion,
      state.annotationsVersion + 1,
      removedBy,
      addedBy,
    );
  }
  store.set({
    codes,
    documents,
    projects,
    openDocument,
    selectedAnnotationId,
    annotationsVersion: state.annotationsVersion + (annotationsChanged ? 1 : 0),
  });
}
