import type { AgreementRecords } from './agreement-records';
import { agreementTable, type AgreementTable } from './agreement-table';
import type { MeasureName, MeasureOptions } from './measures';
import { reliabilityFromProject, type AgreementSelection } from './project-data';

/** One document's agreement table. */
export interface DocumentAgreement {
  documentId: string;
  documentName: string;
  table: AgreementTable;
}

/**
 * The agreement table for each chosen document on its own, with the same coders throughout (the
 * coders of the whole selection), so a document where one coder made no annotation still shows
 * that coder as having coded nothing there. What the agreement view opens "per document".
 */
export function agreementByDocument(
  snapshot: AgreementRecords,
  selection: AgreementSelection,
  measures: readonly MeasureName[],
  options: MeasureOptions = {},
): DocumentAgreement[] {
  const whole = reliabilityFromProject(snapshot, selection);
  const coderIds = whole.coders.map((c) => c.id);
  const codeIds = whole.codes.map((c) => c.codeId);
  return whole.documents.map((doc) => ({
    documentId: doc.id,
    documentName: doc.name,
    table: agreementTable(
      snapshot,
      { ...selection, coderIds, codeIds, documentIds: [doc.id] },
      measures,
      options,
    ),
  }));
}
