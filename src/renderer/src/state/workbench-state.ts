import type { Block, Code, Coder, Id, Mark, Project } from '../../../core/model/types';
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

/**
 * What the workbench shows. Annotations of the open document live in an interval index beside
 * this state (too many for immutable copies); `annotationsVersion` changes when they do.
 */
export interface WorkbenchState {
  ready: boolean;
  coder: Coder | null;
  projects: Project[];
  projectId: Id | null;
  documents: DocumentMeta[];
  annotationCounts: Record<Id, number>;
  codes: Code[];
  codeCounts: Record<Id, number>;
  openDocument: OpenDocument | null;
  annotationsVersion: number;
  selectedAnnotationId: Id | null;
  /** The snapped span selected in the document, ready to be coded. */
  selectionSpan: { start: number; end: number } | null;
  /** Asks the document view to scroll an annotation into view. */
  scrollRequest: { annotationId: Id; at: number } | null;
  /** Asks the document view to scroll back to where the coder left it (a text offset). */
  restoreOffset: { offset: number; at: number } | null;
  lastCodeId: Id | null;
  notices: Notice[];
  progress: Progress | null;
  undoLabel: string | null;
  redoLabel: string | null;
}

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
  selectedAnnotationId: null,
  selectionSpan: null,
  scrollRequest: null,
  restoreOffset: null,
  lastCodeId: null,
  notices: [],
  progress: null,
  undoLabel: null,
  redoLabel: null,
};
