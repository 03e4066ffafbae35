import type { AnnotationColumns } from '../../../core/index/annotation-columns';
import type { Block, Code, Coder, Id, Mark, Project } from '../../../core/model/types';
import type { CoderView } from '../features/coders/coder-view';
import type { ComparisonView } from '../features/compare-lanes/comparison-view';
import type { Notice } from './notices';

import type { DocumentMeta } from '../storage';

/** A document as the corpus panel lists it: metadata only, never its text (the storage row). */
export type { DocumentMeta };

/** The open document: its metadata and body. */
export interface OpenDocument {
  meta: DocumentMeta;
  text: string;
  blocks: Block[];
  marks: Mark[];
}

/** Progress of long work (imports), shown with a progress bar. */
export interface Progress {
  label: string;
  done: number;
  total: number;
}

/** Who codes, and whether start-up has finished. Owned by the projects service. */
export interface SessionSlice {
  ready: boolean;
  coder: Coder | null;
}

/** The profile's projects and the open one. Owned by the projects service and the mirror. */
export interface ProjectsSlice {
  projects: Project[];
  projectId: Id | null;
}

/** The open project's corpus and the open document. Owned by the documents service. */
export interface CorpusSlice {
  documents: DocumentMeta[];
  openDocument: OpenDocument | null;
  /** Asks the document view to scroll back to where the coder left it (a text offset). */
  restoreOffset: { offset: number; at: number } | null;
}

/** The open project's codebook. Owned by the codebook actions and the mirror. */
export interface CodebookSlice {
  codes: Code[];
}

/**
 * Coding the open document. Its annotations live in an interval index beside the state (too
 * many for immutable copies); `annotationsVersion` changes when they do.
 */
export interface CodingSlice {
  annotationsVersion: number;
  /**
   * The open document's compact annotation snapshot, painted from while its full records load
   * after the first paint (null once they are in the interval index, or when there is none).
   */
  annotationPreview: AnnotationColumns | null;
  selectedAnnotationId: Id | null;
  /** The snapped span selected in the document, ready to be coded. */
  selectionSpan: { start: number; end: number } | null;
  /** Asks the document view to scroll an annotation into view. */
  scrollRequest: { annotationId: Id; at: number } | null;
  lastCodeId: Id | null;
}

/** Live annotation counts per document and per code. Owned by the counts listener. */
export interface CountsSlice {
  annotationCounts: Record<Id, number>;
  codeCounts: Record<Id, number>;
}

/** Notices and the progress of long work. */
export interface FeedbackSlice {
  notices: Notice[];
  progress: Progress | null;
}

/** The coders this profile knows, in colour order, and how the open project shows their work. Owned by the coders service. */
export interface CodersSlice {
  knownCoders: Coder[];
  coderView: CoderView;
}

/** What Undo and Redo would do, by name. Owned by the history service. */
export interface HistorySlice {
  undoLabel: string | null;
  redoLabel: string | null;
}

/** The coders' comparison shown in the document margin, or null. Owned by the agreement view. */
export interface ComparisonSlice {
  comparison: ComparisonView | null;
}

/**
 * What the workbench shows: one store made of slices, each written by the service that owns it
 * (components read it through `useWorkbenchState` and the selectors in `selectors.ts`).
 */
export type WorkbenchState = SessionSlice &
  ProjectsSlice &
  CorpusSlice &
  CodebookSlice &
  CodingSlice &
  CountsSlice &
  FeedbackSlice &
  HistorySlice &
  CodersSlice &
  ComparisonSlice;

/** The state before anything is loaded. */
export const initialState: WorkbenchState = {
  ready: false,
  coder: null,
  projects: [],
  projectId: null,
  documents: [],
  annotationCounts: {},
  codes: [],
  codeCounts: {},
  openDocument: null,
  annotationsVersion: 0,
  annotationPreview: null,
  selectedAnnotationId: null,
  selectionSpan: null,
  scrollRequest: null,
  restoreOffset: null,
  lastCodeId: null,
  notices: [],
  progress: null,
  undoLabel: null,
  redoLabel: null,
  knownCoders: [],
  coderView: { filter: { kind: 'all' }, stripeMode: 'code' },
  comparison: null,
};
