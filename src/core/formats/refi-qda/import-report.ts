import type { PositionConvention, PositionEvidence } from './positions';

/** How one source's selection positions were read, so the user can see why spans landed where. */
export interface SourcePlacement {
  document: string;
  selections: number;
  convention: PositionConvention;
  evidence: PositionEvidence;
  /** Selections whose quote (`name`) does not equal their text under the chosen convention. */
  quoteMismatches: number;
}

/**
 * What a REFI-QDA import brought in and what it could not carry over: shown before an import
 * lands (the user proceeds or cancels) and printed by the CLI.
 */
export interface ImportReport {
  fileName: string;
  /** The producing tool as the file names it (informative only; never used to decide anything). */
  origin: string;
  carried: {
    documents: number;
    codes: number;
    annotations: number;
    codings: number;
    coders: number;
    memos: number;
  };
  placements: SourcePlacement[];
  /** One plain sentence per thing that was not carried over. */
  notCarried: string[];
  /**
   * What is wrong in the file itself (selections outside their text or empty, codings of missing
   * codes, unreadable elements, names that do not quote their text): what `validate` reports.
   */
  defects: string[];
}

/** The report as lines of text for a terminal or a dialog. */
export function formatImportReport(report: ImportReport): string[] {
  const c = report.carried;
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  const lines = [
    `${report.fileName}${report.origin ? ` (made by ${report.origin})` : ''}:`,
    `  ${n(c.documents, 'document')}, ${n(c.codes, 'code')}, ${n(c.annotations, 'annotation')} (${n(c.codings, 'coding')}), ${n(c.coders, 'coder')}, ${n(c.memos, 'memo')}`,
  ];
  for (const p of report.placements) {
    lines.push(
      `  ${p.document}: ${p.selections} selections placed counting ${p.convention} (evidence: ${p.evidence}${p.quoteMismatches ? `; ${p.quoteMismatches} quotes differ` : ''})`,
    );
  }
  if (report.notCarried.length > 0) {
    lines.push('  Not carried over:');
    for (const line of report.notCarried) lines.push(`  - ${line}`);
  }
  return lines;
}
