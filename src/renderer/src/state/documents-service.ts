import type { ChangeSet } from '../../../core/changes/change-set';
import * as commands from '../../../core/commands/documents';
import { duplicateMessage, type BatchResult } from '../../../core/corpus/import-batch';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import { newId } from '../../../core/ids/new-id';
import type { Id, Project } from '../../../core/model/types';
import { loadDocumentAnnotations } from './annotation-loading';
import { notice } from './notices';
import type { Session } from './session';
import type { DocumentMeta } from './workbench-state';

/** Setting that remembers, per project, the document (and scroll position) the coder left. */
export const lastDocumentKey = (projectId: Id) => `lastDocument:${projectId}`;

/** Where the coder was in a project: the open document and how far it was scrolled. */
export interface LastDocument {
  documentId: Id;
  /** The first character in view, as an offset into the canonical text. */
  offset?: number;
}

/** The corpus: import documents (cancellable), open one, rename, memo, remove. */
export function createDocumentsService(
  session: Session,
  deps: { createProject(name: string): Promise<Project> },
) {
  const { store, storage, changes, platform } = session;
  let importAbort: AbortController | null = null;
  let openRequests = 0;

  /** Documents already in the project, for duplicate detection. */
  function knownDocuments(): { contentHash: string; name: string }[] {
    return store
      .get()
      .documents.filter((d) => !d.deleted)
      .map((d) => ({ contentHash: d.contentHash, name: d.name }));
  }

  /** One document edit, built in its turn from the document as it is then. */
  function editDocument(documentId: Id, make: (doc: DocumentMeta) => ChangeSet): Promise<void> {
    return changes.change(() => {
      const doc = store.get().documents.find((d) => d.id === documentId);
      return { set: doc ? make(doc) : null, value: undefined };
    });
  }

  async function cancellable(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const controller = new AbortController();
    importAbort = controller;
    try {
      await work(controller.signal);
    } finally {
      if (importAbort === controller) importAbort = null;
      store.set({ progress: null });
    }
  }

  function reportBatch(batch: BatchResult): void {
    const n = batch.errors.length;
    if (n > 0) {
      session.notify(
        notice(
          'error',
          `${n} file${n === 1 ? '' : 's'} could not be imported`,
          batch.errors.map((e) => e.error),
        ),
      );
    }
    if (batch.duplicates.length > 0) {
      session.notify(
        notice(
          'warning',
          'Already in the project, not imported again',
          batch.duplicates.map(duplicateMessage),
        ),
      );
    }
    if (batch.warnings.length > 0)
      session.notify(notice('warning', 'Check these documents', batch.warnings));
  }

  const service = {
    knownDocuments,
    /** Runs an import that the user can cancel from the progress bar. */
    cancellable,

    /** Cancels the import in progress: nothing of it is added. */
    cancelImport(): void {
      importAbort?.abort();
    },

    /** Picks documents (files or a folder) through the platform and imports them. */
    async openDocuments(mode: 'files' | 'folder'): Promise<void> {
      try {
        const batch = await platform.openDocuments(mode, knownDocuments());
        if (batch) await cancellable((signal) => service.importBatch(batch, signal));
      } catch (error) {
        session.fail('Could not open documents', error);
      }
    },

    /** Parses and imports files (dropped, or the sample corpus). */
    async importFiles(files: InputFile[]): Promise<void> {
      try {
        await cancellable(async (signal) => {
          store.set({ progress: { label: 'Reading documents', done: 0, total: files.length } });
          const batch = await platform.parseFiles(files, knownDocuments());
          await service.importBatch(batch, signal);
        });
      } catch (error) {
        session.fail('Could not import documents', error);
      }
    },

    /**
     * Adds a parsed batch as one change set (source `import`), written in one transaction in
     * its turn, and reports every file that did not load. A document that reached the project
     * since the batch was parsed is reported as a duplicate instead of added twice.
     */
    async importBatch(batch: BatchResult, signal?: AbortSignal): Promise<void> {
      const cancelled = () =>
        session.notify(notice('warning', 'Import cancelled: no document was added'));
      if (signal?.aborted) return cancelled();
      if (!store.get().projectId) await deps.createProject('My project');
      const added = await changes
        .serial(async () => {
          const projectId = store.get().projectId;
          if (!projectId || batch.documents.length === 0) return [];
          const known = new Map(knownDocuments().map((d) => [d.contentHash, d.name]));
          const fresh = batch.documents.filter((d) => {
            const sameAs = known.get(d.contentHash);
            if (sameAs === undefined) return true;
            batch.duplicates.push({ fileName: d.name, sameAs });
            return false;
          });
          if (fresh.length === 0) return [];
          const { set, documents } = commands.addDocuments(
            projectId,
            fresh,
            newId,
            session.context(),
          );
          const total = fresh.length;
          store.set({ progress: { label: 'Saving documents', done: 0, total } });
          await changes.applyNow(set, {
            signal,
            onProgress: (done) =>
              store.set({ progress: { label: 'Saving documents', done, total } }),
          });
          return documents;
        })
        .catch((error: unknown) => {
          if (signal?.aborted) return null;
          throw error;
        });
      store.set({ progress: null });
      if (added === null) return cancelled();
      if (added.length > 0) {
        session.notify(
          notice(
            'info',
            `Imported ${added.length} document${added.length === 1 ? '' : 's'}`,
            added.map((d) => d.name),
          ),
        );
      }
      reportBatch(batch);
    },

    /** How many documents the coder has asked to open so far (see `openDocument`). */
    openRequests: () => openRequests,

    /**
     * Opens a document: shows its body painted from its annotation snapshot, then loads its
     * full annotations into the interval index once (both at once when it has no snapshot); the
     * promise settles when they are in. An
     * automatic open (the sample's first document, the one left last time) passes the request
     * count it saw when it began, and gives way if the coder opened one since.
     */
    openDocument(documentId: Id, options: { unlessOpenedSince?: number } = {}): Promise<void> {
      const automatic = options.unlessOpenedSince !== undefined;
      if (!automatic) openRequests++;
      let loaded: Promise<void> = Promise.resolve();
      return changes
        .serial(async () => {
          if (automatic && openRequests !== options.unlessOpenedSince) return;
          const { projectId, documents } = store.get();
          const meta = documents.find((d) => d.id === documentId);
          if (!meta || !projectId) return;
          // The text and the compact annotation snapshot first: the document paints from them,
          // and its full records load in the queue's next turn (see loadDocumentAnnotations).
          const [body, preview] = await Promise.all([
            storage.getDocumentBody(projectId, documentId),
            storage.getAnnotationColumns(projectId, documentId),
          ]);
          if (!body) {
            session.fail(
              'Could not open the document',
              new Error(`${meta.name}: its text is missing from the database.`),
            );
            return;
          }
          session.annotations.clear();
          if (!preview) await loadDocumentAnnotations(session, projectId, documentId, null);
          store.set({
            openDocument: { meta, text: body.text, blocks: body.blocks, marks: body.marks },
            annotationPreview: preview ?? null,
            selectedAnnotationId: null,
            annotationsVersion: store.get().annotationsVersion + 1,
          });
          const last: LastDocument = { documentId };
          void storage.setSetting(lastDocumentKey(projectId), last).catch(() => undefined);
          if (preview) {
            loaded = changes
              .serial(() => loadDocumentAnnotations(session, projectId, documentId, preview))
              .catch((error: unknown) => session.fail('Could not load the annotations', error));
          }
        })
        .then(() => loaded);
    },

    /** Opens the document the coder left in this project, if it is still there. */
    async reopenLastDocument(projectId: Id): Promise<void> {
      const since = openRequests;
      const last = (await storage.getSetting(lastDocumentKey(projectId))) as
        LastDocument | undefined;
      const doc = last && store.get().documents.find((d) => d.id === last.documentId && !d.deleted);
      if (!doc || !last) return;
      await service.openDocument(doc.id, { unlessOpenedSince: since });
      if (store.get().openDocument?.meta.id !== doc.id) return;
      if (last.offset !== undefined)
        store.set({ restoreOffset: { offset: last.offset, at: Date.now() } });
    },

    /** Remembers how far the open document is scrolled (its first character in view). */
    rememberScroll(offset: number): void {
      const { projectId, openDocument } = store.get();
      if (!projectId || !openDocument) return;
      const last: LastDocument = { documentId: openDocument.meta.id, offset };
      void storage.setSetting(lastDocumentKey(projectId), last).catch(() => undefined);
    },

    /** Renames a document (undoable). */
    renameDocument(documentId: Id, name: string): Promise<void> {
      return editDocument(documentId, (doc) =>
        commands.renameDocument(doc, name, session.context()),
      );
    },

    /** Sets a document's memo (undoable). */
    setDocumentMemo(documentId: Id, memo: string): Promise<void> {
      return editDocument(documentId, (doc) =>
        commands.setDocumentMemo(doc, memo, session.context()),
      );
    },

    /** Moves a document to the trash (undoable; restorable from the trash). */
    removeDocument(documentId: Id): Promise<void> {
      return editDocument(documentId, (doc) => commands.removeDocument(doc, session.context()));
    },
  };
  return service;
}
