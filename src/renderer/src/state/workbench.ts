import type { EditContext } from '../../../core/changes/change-set';
import type { BatchResult } from '../../../core/corpus/import-batch';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import { IntervalIndex } from '../../../core/index/interval-index';
import { nowIso } from '../../../core/ids/new-id';
import type { Annotation, Id, Project } from '../../../core/model/types';
import type { Platform } from '../platform/platform';
import type { Storage, TrashTable } from '../storage';
import { createCodersService, type CodersService } from '../features/coders/coders-service';
import { ChangeLayer, type ChangeSetListener } from './change-layer';
import { CodebookActions } from './codebook-actions';
import { CodingActions } from './coding-actions';
import { createCounts } from './counts';
import { createDocumentsService } from './documents-service';
import { createHistoryService } from './history-service';
import { mirrorChangeSet } from './mirror';
import { createNoticeCenter } from './notice-center';
import type { Notice } from './notices';
import { createProjectsService } from './projects-service';
import { openSampleProject } from './sample-project';
import type { Session } from './session';
import { Store } from './store';
import { createTrashService } from './trash-service';
import { initialState, type WorkbenchState } from './workbench-state';

/**
 * The renderer's composition of the workbench: one store, one change layer, and small feature
 * services wired to them (projects, documents, coding, codebook, trash, history, counts,
 * notices). Components reach everything through this object's stable methods; each method
 * delegates to the service that owns it. Every change goes through `changes` (see ChangeLayer);
 * side effects subscribe with `onChangeSetApplied`.
 */
export class Workbench {
  readonly store = new Store<WorkbenchState>(initialState);
  /** Non-deleted annotations of the open document. */
  readonly annotations = new IntervalIndex<Annotation>();
  /** The one transaction layer every change set goes through. */
  readonly changes: ChangeLayer;
  /** Coding the open document. */
  readonly coding: CodingActions;
  /** Editing the codebook. */
  readonly codebook: CodebookActions;
  /** Coders' names and colours, and whose work the open project shows. */
  readonly coders: CodersService;
  private readonly notices = createNoticeCenter(this.store);
  private readonly counts;
  private readonly history;
  private readonly projects;
  private readonly documents;
  private readonly trash;

  constructor(
    readonly storage: Storage,
    readonly platform: Platform,
  ) {
    this.changes = new ChangeLayer(
      storage,
      (work) => this.store.batch(work),
      (error) => this.fail('A follow-up of the last change failed', error),
      () => this.reloadProject(),
    );
    const session: Session = {
      store: this.store,
      annotations: this.annotations,
      storage,
      platform,
      changes: this.changes,
      context: () => this.context(),
      notify: (item) => this.notify(item),
      fail: (title, error) => this.fail(title, error),
    };
    this.counts = createCounts(session);
    this.history = createHistoryService(session);
    this.codebook = new CodebookActions(session);
    this.coding = new CodingActions(session, this.codebook);
    this.projects = createProjectsService(session, {
      loadHistory: (id) => this.history.load(id),
      refreshCounts: () => this.counts.refresh(),
      reopenLastDocument: (id) => this.documents.reopenLastDocument(id),
    });
    this.documents = createDocumentsService(session, {
      createProject: (name) => this.projects.createProject(name),
    });
    this.trash = createTrashService(session, { openNow: (id) => this.projects.openNow(id) });
    // Order matters: the in-memory mirror first, so the others see the applied state.
    this.changes.onChangeSetApplied((set) => mirrorChangeSet(this.store, this.annotations, set));
    this.changes.onChangeSetApplied((set) => this.counts.onChangeSetApplied(set));
    this.changes.onChangeSetApplied((set) => this.history.onChangeSetApplied(set));
    this.coders = createCodersService(session);
    this.coders.start();
    this.changes.onChangeSetApplied((set) => this.coders.onChangeSetApplied(set));
  }

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

  /**
   * Subscribes to every change set applied by this workbench (after storage and the in-memory
   * state have it): backups, other tabs, search indexes hang off this. Returns the unsubscribe.
   */
  onChangeSetApplied(listener: ChangeSetListener): () => void {
    return this.changes.onChangeSetApplied(listener);
  }

  /** Runs work in the write queue, one turn at a time (e.g. reloading another tab's changes). */
  serial<T>(work: () => Promise<T>): Promise<T> {
    return this.changes.serial(work);
  }

  // ---- coder, projects ------------------------------------------------------------------------

  init = (): Promise<void> => this.projects.init();
  setCoderName = (name: string): Promise<void> => this.projects.setCoderName(name);
  createProject = (name: string): Promise<Project> => this.projects.createProject(name);
  switchProject = (projectId: Id): Promise<void> => this.projects.switchProject(projectId);
  renameProject = (projectId: Id, name: string): Promise<void> =>
    this.projects.renameProject(projectId, name);
  deleteProject = (projectId: Id): Promise<void> => this.projects.deleteProject(projectId);

  /** Opens the sample project (made on first use). */
  openSampleCorpus(): Promise<void> {
    return openSampleProject(this);
  }

  // ---- notices --------------------------------------------------------------------------------

  notify = (item: Notice): void => this.notices.notify(item);
  dismiss = (id: number): void => this.notices.dismiss(id);
  fail = (title: string, error: unknown): void => this.notices.fail(title, error);

  // ---- documents ------------------------------------------------------------------------------

  knownDocuments = () => this.documents.knownDocuments();
  openDocuments = (mode: 'files' | 'folder'): Promise<void> => this.documents.openDocuments(mode);
  cancelImport = (): void => this.documents.cancelImport();
  cancellable = (work: (signal: AbortSignal) => Promise<void>): Promise<void> =>
    this.documents.cancellable(work);
  importFiles = (files: InputFile[]): Promise<void> => this.documents.importFiles(files);
  importBatch = (batch: BatchResult, signal?: AbortSignal): Promise<void> =>
    this.documents.importBatch(batch, signal);
  openDocument = (documentId: Id, options?: { unlessOpenedSince?: number }): Promise<void> =>
    this.documents.openDocument(documentId, options);
  /** How many documents the coder has asked to open (automatic opens give way to theirs). */
  openRequests = (): number => this.documents.openRequests();
  renameDocument = (documentId: Id, name: string): Promise<void> =>
    this.documents.renameDocument(documentId, name);
  removeDocument = (documentId: Id): Promise<void> => this.documents.removeDocument(documentId);
  setDocumentMemo = (documentId: Id, memo: string): Promise<void> =>
    this.documents.setDocumentMemo(documentId, memo);
  /** Remembers how far the open document is scrolled, to reopen it there after a reload. */
  rememberScroll = (offset: number): void => this.documents.rememberScroll(offset);

  // ---- trash, undo, redo ----------------------------------------------------------------------

  restoreFromTrash = (table: TrashTable, id: Id): Promise<void> =>
    this.trash.restoreFromTrash(table, id);
  purge = (table: TrashTable, id: Id): Promise<void> => this.trash.purge(table, id);
  /** Reverts the last change as a new change; returns its label. */
  undo = (): Promise<string | null> => this.history.undo();
  /** Re-applies the last undone change as a new change; returns its label. */
  redo = (): Promise<string | null> => this.history.redo();

  /**
   * Re-reads the open project's records from storage into memory (call inside a turn of the
   * write queue): after another tab, an import or a merge changed them behind this workbench.
   */
  async reloadProject(): Promise<void> {
    const projectId = this.state.projectId;
    const [projects, documents, codes] = await Promise.all([
      this.storage.listProjects(),
      projectId ? this.storage.listDocuments(projectId) : [],
      projectId ? this.storage.listCodes(projectId) : [],
    ]);
    const open = this.state.openDocument;
    const meta = open && documents.find((d) => d.id === open.meta.id && !d.deleted);
    const annotations =
      projectId && meta ? await this.storage.listAnnotations(projectId, meta.id) : [];
    this.store.batch(() => {
      this.annotations.clear();
      for (const a of annotations) if (!a.deleted) this.annotations.add(a);
      this.store.set({
        projects,
        documents,
        codes,
        openDocument: open && meta ? { ...open, meta } : null,
        annotationsVersion: this.state.annotationsVersion + 1,
      });
    });
    await this.counts.refresh();
  }

  /** Reloads the small derived views: annotation counts per document and per code. */
  refreshCounts = (): Promise<void> => this.counts.refresh();

  /** Selects an annotation (or none); `scroll` brings it into view in the document. */
  selectAnnotation(id: Id | null, options: { scroll?: boolean } = {}): void {
    this.store.set({
      selectedAnnotationId: id,
      scrollRequest:
        options.scroll && id ? { annotationId: id, at: Date.now() } : this.state.scrollRequest,
    });
  }
}
