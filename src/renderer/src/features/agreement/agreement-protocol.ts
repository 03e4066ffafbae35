import {
  agreementTable,
  type AgreementRow,
  type AgreementTable,
} from '../../../../core/agreement/agreement-table';
import { unitNeedsText, type AgreementRecords } from '../../../../core/agreement/agreement-records';
import { AgreementInputError } from '../../../../core/agreement/input-error';
import type { AgreementReadStore } from '../../storage';
import type { AgreementOutcome } from './table-view';
import { DEFAULT_MAXQDA_THRESHOLD, type AgreementChoice } from './view-choice';

/** What the agreement worker is asked: a stored project and the user's choice. */
export interface AgreementRequest {
  id: number;
  projectId: string;
  choice: AgreementChoice;
}

/** Progress of one computation: codes done of all codes of all tables. */
export interface AgreementProgress {
  phase: 'reading' | 'computing';
  done: number;
  total: number;
}

/** What the worker posts back: progress (several), then the outcome or a message in plain words. */
export type AgreementReply =
  | ({ id: number; type: 'progress' } & AgreementProgress)
  | { id: number; type: 'done'; outcome: AgreementOutcome }
  | { id: number; type: 'error'; message: string; inputError: boolean };

/**
 * Where the worker reads the project from (the profile's database, or memory in tests): only
 * what the request needs, never the whole project (see storage/agreement-reads.ts).
 */
export type AgreementSource = Pick<AgreementReadStore, 'readAgreementRecords'>;

/**
 * How often progress is posted at most: often enough for a bar, rarely enough to cost nothing
 * (each message re-renders and repaints the dialog on the UI thread).
 */
const PROGRESS_EVERY_MS = 200;

/**
 * Answers one request: reads the chosen documents' annotations (their texts only for word,
 * sentence and paragraph units; lengths otherwise), computes the table for the whole selection and then,
 * when asked, one table per document (the same coders and codes throughout), posting progress
 * per code at most every 50 ms and once at the end. A choice core cannot compute (an unknown
 * coder, a two-coder measure on three) comes back as an error marked `inputError`, so the view
 * says what to change rather than that something broke.
 */
export async function answerAgreementRequest(
  request: AgreementRequest,
  source: AgreementSource,
  post: (reply: AgreementReply) => void,
  now: () => number = () => performance.now(),
): Promise<void> {
  const { id, choice } = request;
  try {
    post({ id, type: 'progress', phase: 'reading', done: 0, total: 1 });
    const snapshot = await source.readAgreementRecords(request.projectId, {
      documentIds: choice.documentIds,
      texts: unitNeedsText(choice.unit),
      coderIds: choice.coderIds,
    });
    if (!snapshot) throw new Error('The project could not be read from the database.');
    const tables = 1 + (choice.perDocument ? choice.documentIds.length : 0);
    const total = tables * choice.codeIds.length;
    let last = now();
    const report = (done: number) => {
      const at = now();
      if (at - last < PROGRESS_EVERY_MS && done < total) return;
      last = at;
      post({ id, type: 'progress', phase: 'computing', done, total });
    };
    const selection = {
      unit: choice.unit,
      coderIds: choice.coderIds,
      documentIds: choice.documentIds,
      codeIds: choice.codeIds,
    };
    // MAXQDA's minimum overlap, a percentage in the view, a share in core.
    const options = { threshold: (choice.maxqdaThreshold ?? DEFAULT_MAXQDA_THRESHOLD) / 100 };
    const whole = agreementTable(snapshot, selection, choice.measures, options, (d) => report(d));
    whole.problems.push(...idleCoders(snapshot, whole));
    const perDocument: AgreementOutcome['perDocument'] = [];
    if (choice.perDocument)
      whole.documents.forEach((doc, i) => {
        const base = (i + 1) * choice.codeIds.length;
        const table = agreementTable(
          snapshot,
          { ...selection, documentIds: [doc.id] },
          choice.measures,
          options,
          (d) => report(base + d),
        );
        perDocument.push({ documentId: doc.id, documentName: doc.name, table });
      });
    report(total);
    post({ id, type: 'done', outcome: withoutDetails({ whole, perDocument }) });
  } catch (error) {
    post({
      id,
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
      inputError: error instanceof AgreementInputError,
    });
  }
}

/**
 * The outcome without each result's `details` (coincidence matrices, margins, per-value
 * figures): the view and its CSV show the value, observed, expected, units and reason, and the
 * UI thread should not decode what it never shows. `marginalia agreement --json` prints them.
 */
export function withoutDetails(outcome: AgreementOutcome): AgreementOutcome {
  const slim = (table: AgreementTable): AgreementTable => {
    const row = (r: AgreementRow): AgreementRow => ({
      ...r,
      results: r.results.map((x) => ({ ...x, details: {} })),
    });
    return { ...table, rows: table.rows.map(row), allCodes: row(table.allCodes) };
  };
  return {
    whole: slim(outcome.whole),
    perDocument: outcome.perDocument.map((d) => ({ ...d, table: slim(d.table) })),
  };
}

/**
 * A note for each chosen coder without a live annotation in the chosen documents: the measures
 * count them as having coded nothing (every unit absent), which the reader should know.
 */
function idleCoders(snapshot: AgreementRecords, table: AgreementTable): string[] {
  const documents = new Set(table.documents.map((d) => d.id));
  const active = new Set<string>();
  for (const a of snapshot.annotations)
    if (!a.deleted && documents.has(a.documentId)) active.add(a.createdBy);
  return table.coders
    .filter((c) => !active.has(c.id))
    .map((c) => `${c.name} made no annotation in the chosen documents: counted as coding nothing`);
}
