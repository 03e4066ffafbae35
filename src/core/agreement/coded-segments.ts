import type { AgreementAnnotation } from './agreement-records';
import type { CodedSegment } from './maxqda-segments';

/**
 * One coder's live annotations as segments, one per chosen code, in the chosen documents: what
 * NVivo's and MAXQDA's comparisons take (the CLI's figures and the view's table both read them).
 */
export function segmentsOf(
  annotations: readonly AgreementAnnotation[],
  coderId: string,
  documents: Set<string>,
  codes: Set<string>,
): CodedSegment[] {
  return annotations
    .filter((a) => !a.deleted && a.createdBy === coderId && documents.has(a.documentId))
    .flatMap((a) =>
      a.codeIds
        .filter((c) => codes.has(c))
        .map((codeId) => ({ documentId: a.documentId, codeId, start: a.start, end: a.end })),
    );
}
