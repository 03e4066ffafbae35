import type { AgreementUnit } from '../../../../core/agreement/text-units';
import type { TableMeasure } from '../../../../core/agreement/agreement-table';

/** What the agreement view computes: the user's choice of coders, documents, codes, unit, measures. */
export interface AgreementChoice {
  coderIds: string[];
  documentIds: string[];
  codeIds: string[];
  unit: AgreementUnit;
  measures: TableMeasure[];
  /** Also one table per document. */
  perDocument: boolean;
  /** MAXQDA's minimum overlap of two segments, in percent (default 90). */
  maxqdaThreshold?: number;
}

/** A measure as the view offers it: its command-line name and the name its authors give it. */
export interface MeasureOffer {
  measure: TableMeasure;
  name: string;
  /** Only for exactly two coders (Cohen, Scott). */
  twoCodersOnly?: boolean;
  /** Works on spans, whatever the unit. */
  spans?: boolean;
}

/**
 * The measures the view offers, with the names `src/core/agreement` gives their results (the
 * column headers take the results' own names). (k)uα is each code's figure with all chosen
 * codes as the values; NVivo's figures are per code in one document (the tables per document);
 * MAXQDA's are per code and, for its kappa, over all codes, at the chosen minimum overlap.
 * Values are present/absent, so every level is nominal.
 */
export const MEASURE_OFFERS: readonly MeasureOffer[] = [
  { measure: 'alpha', name: "Krippendorff's alpha (nominal)" },
  { measure: 'percent', name: 'Percent agreement' },
  { measure: 'cohen-kappa', name: "Cohen's kappa (1960)", twoCodersOnly: true },
  { measure: 'scott-pi', name: "Scott's pi (1955)", twoCodersOnly: true },
  { measure: 'fleiss-kappa', name: "Fleiss' kappa (1971)" },
  {
    measure: 'brennan-prediger',
    name: "Brennan and Prediger's kappa (1981) = Randolph's free-marginal kappa (2005)",
  },
  {
    measure: 'alpha-u',
    name: "Krippendorff's αU, unitizing alpha (1995/2004, as DKPro Statistics)",
    spans: true,
  },
  {
    measure: 'u-alpha',
    name: 'uα, unitizing alpha (Krippendorff, Mathet, Bouvry & Widlöcher 2016)',
    spans: true,
  },
  { measure: 'binary-u-alpha', name: '|uα, binary unitizing alpha (2016)', spans: true },
  { measure: 'cu-alpha', name: 'cuα, coding of intersecting units (2016)', spans: true },
  { measure: 'k-u-alpha', name: '(k)uα, per-value unitizing alpha (2016), per code', spans: true },
  {
    measure: 'nvivo-percent',
    name: 'NVivo coding comparison: percentage agreement (characters, per document)',
    twoCodersOnly: true,
  },
  {
    measure: 'nvivo-kappa',
    name: 'NVivo coding comparison: Kappa coefficient (characters, per document)',
    twoCodersOnly: true,
  },
  {
    measure: 'maxqda-percent',
    name: 'MAXQDA segment agreement: percentage of segments matched',
    twoCodersOnly: true,
  },
  {
    measure: 'maxqda-kappa',
    name: 'MAXQDA kappa (Brennan & Prediger 1981) on segments',
    twoCodersOnly: true,
  },
];

/** MAXQDA's default minimum overlap, in percent. */
export const DEFAULT_MAXQDA_THRESHOLD = 90;

/** The units the view offers, in the user's words. */
export const UNIT_LABELS: Record<AgreementUnit, string> = {
  character: 'Characters',
  word: 'Words',
  sentence: 'Sentences',
  paragraph: 'Paragraphs',
  document: 'Whole documents',
};

/** The first choice: every coder but the consensus, every document and code, α and uα. */
export function defaultChoice(
  coders: readonly { id: string; name: string }[],
  documentIds: readonly string[],
  codeIds: readonly string[],
): AgreementChoice {
  return {
    coderIds: coders.filter((c) => c.name !== CONSENSUS_NAME).map((c) => c.id),
    documentIds: [...documentIds],
    codeIds: [...codeIds],
    unit: 'character',
    measures: ['alpha', 'u-alpha'],
    perDocument: false,
  };
}

/** The name of the coder adjudication writes to (a real coder record, made on first use). */
export const CONSENSUS_NAME = 'Consensus';

/** Why the choice cannot be computed yet, in the user's words, or null when it can. */
export function choiceProblem(choice: AgreementChoice): string | null {
  if (choice.coderIds.length < 2) return 'Choose two or more coders.';
  if (choice.documentIds.length === 0) return 'Choose at least one document.';
  if (choice.codeIds.length === 0) return 'Choose at least one code.';
  if (choice.measures.length === 0) return 'Choose at least one measure.';
  const twoOnly = MEASURE_OFFERS.filter(
    (m) => m.twoCodersOnly && choice.measures.includes(m.measure),
  );
  if (choice.coderIds.length > 2 && twoOnly.length > 0)
    return `${twoOnly.map((m) => m.name).join(' and ')} compare two coders only; choose two coders or another measure (Fleiss, alpha).`;
  const threshold = choice.maxqdaThreshold ?? DEFAULT_MAXQDA_THRESHOLD;
  if (!(threshold > 0 && threshold <= 100))
    return 'The minimum overlap for MAXQDA must be above 0 and at most 100 %.';
  return null;
}

/** Adds or removes an id from a chosen list, keeping the order of `all`. */
export function toggled(chosen: readonly string[], id: string, all: readonly string[]): string[] {
  const set = new Set(chosen);
  if (set.has(id)) set.delete(id);
  else set.add(id);
  return all.filter((x) => set.has(x));
}
