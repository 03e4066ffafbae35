import type { Annotation, Code, CorpusDocument, Project } from './types';

/**
 * A version of a record that lost a merge to a concurrent edit (two coders changed it after
 * their last common version). It is kept beside the live record, never dropped, until someone
 * resolves it; it is stored, exported and merged like a record, so it survives reload and travels
 * to teammates. A document version carries no text (a document's body never changes).
 */
export type RecordConflict =
  | { kind: 'project'; record: Project }
  | { kind: 'document'; record: Omit<CorpusDocument, 'text'> & { text?: string } }
  | { kind: 'code'; record: Code }
  | { kind: 'annotation'; record: Annotation };
