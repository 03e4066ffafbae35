import type { Annotation, Block, Code, Coder, DocumentMeta } from '../model/types';

/** A document as agreement reads it: its length, and its text and blocks only where units need them. */
export type AgreementDocument = Pick<DocumentMeta, 'id' | 'name' | 'charCount' | 'deleted'> & {
  text?: string;
  blocks?: readonly Block[];
};

/** An annotation as agreement reads it: who coded which span with which codes. */
export type AgreementAnnotation = Pick<
  Annotation,
  'documentId' | 'start' | 'end' | 'codeIds' | 'createdBy' | 'deleted'
>;

/**
 * What agreement reads of a project. A `ProjectSnapshot` fits; so does the agreement worker's
 * lighter read, which leaves out quotes, memos and stamps, and texts unless word, sentence or
 * paragraph units need them (characters and whole documents need only lengths).
 */
export interface AgreementRecords {
  coders: readonly Pick<Coder, 'id' | 'name'>[];
  documents: readonly AgreementDocument[];
  codes: readonly Pick<Code, 'id' | 'name' | 'deleted'>[];
  annotations: readonly AgreementAnnotation[];
}

/** Whether computing on `unit` needs the documents' texts and blocks (not only their lengths). */
export function unitNeedsText(unit: string): boolean {
  return unit === 'word' || unit === 'sentence' || unit === 'paragraph';
}
