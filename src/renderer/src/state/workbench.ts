import { created } from '../../../core/codebook/stamp';
import { duplicateMessage, type BatchResult } from '../../../core/corpus/import-batch';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import { IntervalIndex } from '../../../core/index/interval-index';
import { newId, nowIso } from '../../../core/ids/new-id';
import type { Annotation, Code, Coder, Id, Project } from '../../../core/model/types';
import { applyCountDelta } from '../../../core/coding/annotation-counts';
import type { EditContext } from '../../../core/coding/edits';
import { invertPatch, type RecordPatch } from '../../../core/undo/record-patch';
import { UndoStack } from '../../../core/undo/undo-stack';
import type { Platform } from '../platform/platform';
import { toDocumentMeta, type Storage, type TrashTable } from '../storage';
import { CodebookActions } from './codebook-actions';
import { CodingActions } from './coding-actions';
import { notice, type Notice } from './notices';
import { openSampleProject } from './sample-project';
import { Store } from './store';
import { initialState, type DocumentMeta, type WorkbenchState } from './workbench-state';

/** How long an information notice stays on screen. */
const INFO_NOTICE_MS = 6000;

/** Setting keys kept in the database. */
const CURRENT_PROJECT = 'currentProjectId';

/**
 * The workbench's state and every action a user can take. Edits are applied to the in-memory
 * view and written through to storage at once; each is one undoable, named change.
 */
export class Workbench {
  readonly store = new Store<WorkbenchState>(initialState);
  /** Non-deleted annotations of the open document. */
  readonly annotations = new IntervalIndex<Annotation>();
  private readonly history = new UndoStack<RecordPatch>();
  /** Coding the open document. */
  readonly coding: CodingActions = new CodingActions(this);
  /** Editing the codebook. */
  readonly codebook: CodebookActions = new CodebookActions(this);
  private queue: Promise<unknown> = Promise.resolve();
  private importAbort: AbortController | null = null;

  constructor(
    readonly storage: Storage,
    readonly platform: Platform,
    private readonly hooks: { afterEdit?: (projectId: Id) => void } = {},
  ) {}

  get state(): WorkbenchState {
    return this.store.get();
  }

  /** The edit context for the current coder, stamped now. */
  context(): EditContext {
    const coder = this.state.coder;
    if (!coder)
      throw new Error('Enter your name before coding: every annotation records its coder.');
    return { coderId: coder.id, now: nowIso() };
  }

  // ---- start-up, coder, projects -------------------------------------------------------------

  /** Loads the coder, projects and the last open project. */
  async init(): Promise<void> {
    const coder = await this.storage.getCoder();
    const projects = await this.storage.listProjects();
    this.store.set({ coder: coder ?? null, projects });
    const current = (await this.storage.getSetting(CURRENT_PROJECT)) as string | undefined;
    const live = projects.filter((p) => !p.deleted);
    const project = live.find((p) => p.id === current) ?? live[0];
    if (project) await this.switchProject(project.id);
    this.store.set({ ready: true });
  }

  /** Sets (or renames) the current coder. */
  async setCoderName(name: string): Promise<void> {
    const trimmed = name.trim();
    if (!trimmed) throw new Error('A coder name cannot be empty.');
    const existing = this.state.coder;
    const coder: Coder = existing
      ? { ...existing, name: trimmed }
      : { id: newId(), name: trimmed, createdAt: nowIso() };
    await this.storage.setCoder(coder);
    this.store.set({ coder });
  }

  /** Opens the sample project (made on first use). */
  openSampleCorpus(): Promise<void> {
    return openSampleProject(this);
  }

  /** Creates a project and opens it. */
  async createProject(name: string): Promise<Project> {
    const ctx = this.context();
    const project: Project = {
      id: newId(),
      name: name.trim() || 'Untitled project',
      memo: '',
      ...created(ctx.coderId, ctx.now),
    };
    await this.storage.putProject(project);
    this.store.set({ projects: [...this.state.projects, project] });
    await this.switchProject(project.id);
    return project;
  }

  /** Opens another project: its documents, codebook and counts; history starts afresh. */
  async switchProject(projectId: Id): Promise<void> {
    await this.storage.setSetting(CURRENT_PROJECT, projectId);
    this.history.clear();
    this.annotations.clear();
    const [documents, codes] = await Promise.all([
      this.storage.listDocuments(projectId),
      this.storage.listCodes(projectId),
    ]);
    this.store.set({
      projectId,
      documents,
      codes,
      openDocument: null,
      selectedAnnotationId: null,
      lastCodeId: null,
      annotationsVersion: this.state.annotationsVersion + 1,
      ...this.historyLabels(),
    });
    await this.refreshCounts();
  }

  /** Renames the current project (undoable). */
  async renameProject(projectId: Id, name: string): Promise<void> {
    const project = this.state.projects.find((p) => p.id === projectId);
    if (!project || !name.trim()) return;
    const ctx = this.context();
    await this.commit(`rename project ${project.name}`, [
      {
        table: 'projects',
        before: project,
        after: { ...project, name: name.trim(), updatedBy: ctx.coderId, updatedAt: ctx.now },
      },
    ]);
  }

  /** Moves a project to the trash and opens another one. */
  async deleteProject(projectId: Id): Promise<void> {
    const project = this.state.projects.find((p) => p.id === projectId);
    if (!project) return;
    const ctx = this.context();
    await this.commit(`delete project ${project.name}`, [
      {
        table: 'projects',
        before: project,
        after: { ...project, deleted: true, updatedBy: ctx.coderId, updatedAt: ctx.now },
      },
    ]);
    const next = this.state.projects.find((p) => !p.deleted);
    if (next) await this.switchProject(next.id);
    else this.store.set({ projectId: null, documents: [], codes: [], openDocument: null });
  }

  // ---- notices and progress ------------------------------------------------------------------

  /** Shows a notice. Information fades after a while; errors and warnings stay until dismissed. */
  notify(item: Notice): void {
    this.store.set({ notices: [...this.state.notices, item] });
    if (item.kind === 'info') setTimeout(() => this.dismiss(item.id), INFO_NOTICE_MS);
  }

  /** Removes a notice. */
  dismiss(id: number): void {
    this.store.set({ notices: this.state.notices.filter((n) => n.id !== id) });
  }

  /** Runs work one at a time so edits land in the order the user made them. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Reports an error the user must see; nothing else changes. */
  fail(title: string, error: unknown): void {
    this.notify(notice('error', title, [error instanceof Error ? error.message : String(error)]));
  }

  // ---- documents ------------------------------------------------------------------------------

  /** Documents already in the project, for duplicate detection. */
  knownDocuments(): { contentHash: string; name: string }[] {
    return this.state.documents
      .filter((d) => !d.deleted)
      .map((d) => ({ contentHash: d.contentHash, name: d.name }));
  }

  /** Picks documents (files or a folder) through the platform and imports them. */
  async openDocuments(mode: 'files' | 'folder'): Promise<void> {
    try {
      const batch = await this.platform.openDocuments(mode, this.knownDocuments());
      if (batch) await this.cancellable((signal) => this.importBatch(batch, signal));
    } catch (error) {
      this.fail('Could not open documents', error);
    }
  }

  /** Cancels the import in progress: nothing of it is added. */
  cancelImport(): void {
    this.importAbort?.abort();
  }

  /** Runs an import that the user can cancel from the progress bar. */
  async cancellable(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const controller = new AbortController();
    this.importAbort = controller;
    try {
      await work(controller.signal);
    } finally {
      if (this.importAbort === controller) this.importAbort = null;
      this.store.set({ progress: null });
    }
  }

  /** Parses and imports files (dropped, or the sample corpus). */
  async importFiles(files: InputFile[]): Promise<void> {
    try {
      await this.cancellable(async (signal) => {
        this.store.set({ progress: { label: 'Reading documents', done: 0, total: files.length } });
        const batch = await this.platform.parseFiles(files, this.knownDocuments());
        await this.importBatch(batch, signal);
      });
    } catch (error) {
      this.fail('Could not import documents', error);
    }
  }

  /** Adds a parsed batch in one transaction and reports every file that did not load. */
  async importBatch(batch: BatchResult, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) {
      this.notify(notice('warning', 'Import cancelled: no document was added'));
      return;
    }
    const projectId = this.state.projectId ?? (await this.createProject('My project')).id;
    const ctx = this.context();
    if (batch.documents.length > 0) {
      const total = batch.documents.length;
      this.store.set({ progress: { label: 'Saving documents', done: 0, total } });
      let added;
      try {
        // One transaction: cancelled or failed, it adds nothing.
        added = await this.storage.addDocuments(projectId, batch.documents, ctx.coderId, ctx.now, {
          signal,
          onProgress: (done) =>
            this.store.set({ progress: { label: 'Saving documents', done, total } }),
        });
      } catch (error) {
        if (!signal?.aborted) throw error;
        this.notify(notice('warning', 'Import cancelled: no document was added'));
        return;
      }
      this.store.set({
        documents: [...this.state.documents, ...added.map(toDocumentMeta)],
        progress: null,
      });
      this.notify(
        notice(
          'info',
          `Imported ${added.length} document${added.length === 1 ? '' : 's'}`,
          added.map((d) => d.name),
        ),
      );
    }
    if (batch.errors.length > 0) {
      this.notify(
        notice(
          'error',
          `${batch.errors.length} file${batch.errors.length === 1 ? '' : 's'} could not be imported`,
          batch.errors.map((e) => e.error),
        ),
      );
    }
    if (batch.duplicates.length > 0) {
      this.notify(
        notice(
          'warning',
          'Already in the project, not imported again',
          batch.duplicates.map(duplicateMessage),
        ),
      );
    }
    if (batch.warnings.length > 0)
      this.notify(notice('warning', 'Check these documents', batch.warnings));
  }

  /** Opens a document: loads its body and its annotations into the interval index once. */
  async openDocument(documentId: Id): Promise<void> {
    const meta = this.state.documents.find((d) => d.id === documentId);
    if (!meta) return;
    const [body, annotations] = await Promise.all([
      this.storage.getDocumentBody(documentId),
      this.storage.listAnnotations(documentId),
    ]);
    if (!body) {
      this.fail(
        'Could not open the document',
        new Error(`${meta.name}: its text is missing from the database.`),
      );
      return;
    }
    this.annotations.clear();
    for (const annotation of annotations) if (!annotation.deleted) this.annotations.add(annotation);
    this.store.set({
      openDocument: { meta, text: body.text, blocks: body.blocks, marks: body.marks },
      selectedAnnotationId: null,
      annotationsVersion: this.state.annotationsVersion + 1,
    });
  }

  /** Renames a document (undoable). */
  async renameDocument(documentId: Id, name: string): Promise<void> {
    const doc = this.state.documents.find((d) => d.id === documentId);
    if (!doc || !name.trim() || name.trim() === doc.name) return;
    await this.commitDocumentMeta(`rename document ${doc.name}`, doc, { name: name.trim() });
  }

  /** Moves a document to the trash (undoable; restorable from the trash). */
  async removeDocument(documentId: Id): Promise<void> {
    const doc = this.state.documents.find((d) => d.id === documentId);
    if (!doc) return;
    await this.commitDocumentMeta(`remove document ${doc.name}`, doc, { deleted: true });
    if (this.state.openDocument?.meta.id === documentId) this.store.set({ openDocument: null });
  }

  /** Sets a document's memo. */
  async setDocumentMemo(documentId: Id, memo: string): Promise<void> {
    const doc = this.state.documents.find((d) => d.id === documentId);
    if (!doc || doc.memo === memo) return;
    await this.commitDocumentMeta(`edit memo on ${doc.name}`, doc, { memo });
  }

  private async commitDocumentMeta(
    label: string,
    doc: DocumentMeta,
    changes: Partial<DocumentMeta>,
  ): Promise<void> {
    const ctx = this.context();
    const after = { ...doc, ...changes, updatedBy: ctx.coderId, updatedAt: ctx.now };
    // Document patches carry metadata only; storage keeps bodies apart and never changes them.
    await this.commit(label, [{ table: 'documents', before: doc, after }]);
  }

  /** Restores a record from the trash as an undoable change. */
  async restoreFromTrash(table: TrashTable, id: Id): Promise<void> {
    const projectId = this.state.projectId;
    const trash = projectId
      ? await this.storage.listTrash(projectId)
      : { documents: [], codes: [], annotations: [] };
    const ctx = this.context();
    const found =
      table === 'projects'
        ? this.state.projects.find((p) => p.id === id && p.deleted)
        : table === 'documents'
          ? trash.documents.find((d) => d.id === id)
          : table === 'codes'
            ? trash.codes.find((c) => c.id === id)
            : trash.annotations.find((a) => a.id === id);
    if (!found) return;
    const after = { ...found, deleted: false, updatedBy: ctx.coderId, updatedAt: ctx.now };
    const name = 'name' in found ? found.name : 'annotation';
    await this.commit(`restore ${name}`, [{ table, before: found, after }]);
    if (table === 'projects' && !this.state.projectId) await this.switchProject(id);
  }

  /** Deletes a record in the trash for good (not undoable; the UI asks first). */
  async purge(table: TrashTable, id: Id): Promise<void> {
    await this.storage.purge(table, id);
    if (table === 'projects') {
      this.store.set({ projects: this.state.projects.filter((p) => p.id !== id) });
    }
  }

  // ---- edits, undo, redo ----------------------------------------------------------------------

  /**
   * Applies a named change: in memory and in storage at once, and onto the undo stack. Pass a
   * function to build the patch from the current records when the edit's turn comes.
   */
  async commit(
    label: string,
    change: RecordPatch | (() => RecordPatch | Promise<RecordPatch>),
  ): Promise<void> {
    const patch = await this.serial(async () => {
      // Built when its turn comes, from the state the edits before it left: two quick edits to
      // one record (a memo, then a code) must not overwrite each other.
      const next = typeof change === 'function' ? await change() : change;
      if (next.length === 0) return next;
      await this.apply(next);
      this.history.push({ label, undo: invertPatch(next), redo: next });
      this.store.set(this.historyLabels());
      return next;
    });
    if (patch.length > 0) await this.afterEdit(patch);
  }

  /** Reverts the last change; returns its label. */
  undo(): Promise<string | null> {
    return this.step(() => {
      const change = this.history.undo();
      return change && { label: change.label, patch: change.undo };
    });
  }

  /** Re-applies the last undone change; returns its label. */
  redo(): Promise<string | null> {
    return this.step(() => {
      const change = this.history.redo();
      return change && { label: change.label, patch: change.redo };
    });
  }

  /** One undo or redo step: takes the change from the history and applies it. */
  private async step(
    take: () => { label: string; patch: RecordPatch } | null,
  ): Promise<string | null> {
    const taken = await this.serial(async () => {
      const change = take();
      if (change) await this.apply(change.patch);
      this.store.set(this.historyLabels());
      return change;
    });
    if (taken) await this.afterEdit(taken.patch);
    return taken?.label ?? null;
  }

  /** Writes a patch through to storage, then mirrors it in memory. */
  private async apply(patch: RecordPatch): Promise<void> {
    await this.storage.applyPatch(patch, 'after');
    this.applyInMemory(patch);
  }

  private historyLabels(): Pick<WorkbenchState, 'undoLabel' | 'redoLabel'> {
    return { undoLabel: this.history.peekUndoLabel(), redoLabel: this.history.peekRedoLabel() };
  }

  /** Updates the counts from what the patch changed (recounting only when it must), then backs up. */
  private async afterEdit(patch: RecordPatch): Promise<void> {
    const liveDocuments = new Set(this.state.documents.filter((d) => !d.deleted).map((d) => d.id));
    const onTrashedDocument = patch.some(
      (c) =>
        c.table === 'annotations' &&
        !liveDocuments.has(((c.after ?? c.before) as Annotation).documentId),
    );
    const next = onTrashedDocument
      ? null
      : applyCountDelta(
          { byDocument: this.state.annotationCounts, byCode: this.state.codeCounts },
          patch,
        );
    if (next) this.store.set({ annotationCounts: next.byDocument, codeCounts: next.byCode });
    else await this.refreshCounts();
    if (this.state.projectId) this.hooks.afterEdit?.(this.state.projectId);
  }

  /** Mirrors a patch in the in-memory view (the interval index, codes, documents, projects). */
  private applyInMemory(patch: RecordPatch): void {
    let { codes, documents, projects, selectedAnnotationId, openDocument } = this.state;
    let annotationsChanged = false;
    const openId = openDocument?.meta.id;
    for (const change of patch) {
      const record = change.after ?? change.before;
      if (!record) continue;
      const gone = change.after === null || change.after.deleted;
      if (change.table === 'annotations') {
        const annotation = record as Annotation;
        if (annotation.documentId !== openId) continue;
        annotationsChanged = true;
        if (this.annotations.get(annotation.id)) this.annotations.remove(annotation.id);
        if (!gone) this.annotations.add(change.after as Annotation);
        else if (selectedAnnotationId === annotation.id) selectedAnnotationId = null;
      } else if (change.table === 'codes') {
        codes = upsert(codes, change.after as Code | null, record.id);
      } else if (change.table === 'documents') {
        const meta = change.after ? toDocumentMeta(change.after as DocumentMeta) : null;
        documents = upsert(documents, meta, record.id);
        if (openDocument && meta && meta.id === openId) {
          openDocument = meta.deleted ? null : { ...openDocument, meta };
        }
      } else if (change.table === 'projects') {
        projects = upsert(projects, change.after as Project | null, record.id);
      }
    }
    this.store.set({
      codes,
      documents,
      projects,
      openDocument,
      selectedAnnotationId,
      annotationsVersion: this.state.annotationsVersion + (annotationsChanged ? 1 : 0),
    });
  }

  /** Reloads the small derived views: annotation counts per document and per code. */
  async refreshCounts(): Promise<void> {
    const projectId = this.state.projectId;
    if (!projectId) return;
    const [annotationCounts, codeCounts] = await Promise.all([
      this.storage.countAnnotationsByDocument(projectId),
      this.storage.countAnnotationsByCode(projectId),
    ]);
    this.store.set({
      annotationCounts: Object.fromEntries(annotationCounts),
      codeCounts: Object.fromEntries(codeCounts),
    });
  }

  /** Selects an annotation (or none); `scroll` brings it into view in the document. */
  selectAnnotation(id: Id | null, options: { scroll?: boolean } = {}): void {
    this.store.set({
      selectedAnnotationId: id,
      scrollRequest:
        options.scroll && id ? { annotationId: id, at: Date.now() } : this.state.scrollRequest,
    });
  }
}

/** Replaces (or removes, when `next` is null) the record with `id` in a list. */
function upsert<T extends { id: Id }>(list: T[], next: T | null, id: Id): T[] {
  const index = list.findIndex((item) => item.id === id);
  if (next === null) return index < 0 ? list : list.filter((item) => item.id !== id);
  if (index < 0) return [...list, next];
  const copy = list.slice();
  copy[index] = next;
  return copy;
}
