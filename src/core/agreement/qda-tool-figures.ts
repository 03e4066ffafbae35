import type { AgreementRecords } from './agreement-records';
import { segmentsOf } from './coded-segments';
import { AgreementInputError } from './input-error';
import {
  maxqdaSegmentAgreement,
  type CodedSegment,
  type MaxqdaSegmentAgreement,
} from './maxqda-segments';
import { nvivoComparison, type NvivoComparison } from './nvivo-comparison';

/** Which documents and codes to compare (all live ones when left out). */
export interface ToolFigureChoice {
  documentIds?: readonly string[];
  codeIds?: readonly string[];
}

/** One row of NVivo's coding comparison for a project: a code in a document. */
export interface NvivoRow {
  codeId: string;
  codeName: string;
  documentId: string;
  documentName: string;
  figures: NvivoComparison;
}

function chosen(snapshot: AgreementRecords, choice: ToolFigureChoice) {
  const documents = snapshot.documents.filter(
    (d) => !d.deleted && (!choice.documentIds || choice.documentIds.includes(d.id)),
  );
  const codes = snapshot.codes.filter(
    (c) => !c.deleted && (!choice.codeIds || choice.codeIds.includes(c.id)),
  );
  return {
    documents,
    codes,
    documentIds: new Set(documents.map((d) => d.id)),
    codeIds: new Set(codes.map((c) => c.id)),
  };
}

function checkCoders(snapshot: AgreementRecords, coderA: string, coderB: string): void {
  if (coderA === coderB)
    throw new AgreementInputError('NVivo and MAXQDA compare two different coders');
  for (const id of [coderA, coderB])
    if (
      !snapshot.coders.some((c) => c.id === id) &&
      !snapshot.annotations.some((a) => a.createdBy === id)
    )
      throw new AgreementInputError(`Unknown coder ${JSON.stringify(id)}`);
}

/**
 * NVivo's coding comparison for two coders of a project: one row per chosen code and document
 * (see `nvivoComparison` for how NVivo defines the figures). Documents without characters are
 * left out, as NVivo shows no figures for them.
 */
export function nvivoRows(
  snapshot: AgreementRecords,
  coderA: string,
  coderB: string,
  choice: ToolFigureChoice = {},
): NvivoRow[] {
  checkCoders(snapshot, coderA, coderB);
  const { documents, codes, documentIds, codeIds } = chosen(snapshot, choice);
  const a = segmentsOf(snapshot.annotations, coderA, documentIds, codeIds);
  const b = segmentsOf(snapshot.annotations, coderB, documentIds, codeIds);
  const rows: NvivoRow[] = [];
  for (const code of codes)
    for (const doc of documents) {
      const pick = (list: CodedSegment[]) =>
        list.filter((s) => s.codeId === code.id && s.documentId === doc.id);
      const figures = nvivoComparison(doc.charCount, pick(a), pick(b));
      if (figures)
        rows.push({
          codeId: code.id,
          codeName: code.name,
          documentId: doc.id,
          documentName: doc.name,
          figures,
        });
    }
  return rows;
}

/** MAXQDA's segment-level agreement between two coders of a project (see `maxqdaSegmentAgreement`). */
export function maxqdaFromProject(
  snapshot: AgreementRecords,
  coder1: string,
  coder2: string,
  choice: ToolFigureChoice & { threshold?: number } = {},
): MaxqdaSegmentAgreement {
  checkCoders(snapshot, coder1, coder2);
  const { documentIds, codeIds } = chosen(snapshot, choice);
  return maxqdaSegmentAgreement(
    segmentsOf(snapshot.annotations, coder1, documentIds, codeIds),
    segmentsOf(snapshot.annotations, coder2, documentIds, codeIds),
    choice.threshold,
  );
}
