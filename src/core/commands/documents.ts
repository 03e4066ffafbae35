import { buildChangeSet } from '../changes/build-change-set';
import type { ChangeSet, DocumentRecord, EditContext, RecordChange } from '../changes/change-set';
import { created, touched } from '../model/stamp';
import type { CorpusDocument, DocumentMeta, Id, ParsedDocument } from '../model/types';

/** One document edit as a change set; no change when `changes` changes nothing. */
function documentEdit(
  label: string,
  doc: DocumentRecord,
  changes: Partial<DocumentMeta>,
  ctx: EditContext,
): ChangeSet {
  const after = touched(doc, changes, ctx.coderId, ctx.now);
  return buildChangeSet({ projectId: doc.projectId, source: 'user', label }, ctx, [
    { kind: 'document', before: doc, after },
  ]);
}

/** Renames a document (an empty change set for a blank or unchanged name). */
export function renameDocument(doc: DocumentRecord, name: string, ctx: EditContext): ChangeSet {
  const trimmed = name.trim();
  return documentEdit(`rename document ${doc.name}`, doc, trimmed ? { name: trimmed } : {}, ctx);
}

/** Sets a document's memo. */
export function setDocumentMemo(doc: DocumentRecord, memo: string, ctx: EditContext): ChangeSet {
  return documentEdit(`edit memo on ${doc.name}`, doc, { memo }, ctx);
}

/** Moves a document to the trash; its annotations stay, and come back with it. */
export function removeDocument(doc: DocumentRecord, ctx: EditContext): ChangeSet {
  return documentEdit(`remove document ${doc.name}`, doc, { deleted: true }, ctx);
}

/**
 * Adds parsed documents to a project as new records with ids from `newId`, one change set of
 * source `import` (imports stay out of the undo history; the trash removes a document).
 */
export function addDocuments(
  projectId: Id,
  parsed: readonly ParsedDocument[],
  newId: () => Id,
  ctx: EditContext,
): { set: ChangeSet; documents: CorpusDocument[] } {
  const documents = parsed.map((p): CorpusDocument => ({
    ...p,
    id: newId(),
    projectId,
    importedAt: ctx.now,
    memo: '',
    ...created(ctx.coderId, ctx.now),
  }));
  const n = documents.length;
  const set = buildChangeSet(
    { projectId, source: 'import', label: `import ${n} document${n === 1 ? '' : 's'}` },
    ctx,
    documents.map((after): RecordChange => ({ kind: 'document', before: null, after })),
  );
  return { set, documents: set.changes.map((c) => c.after as CorpusDocument) };
}
