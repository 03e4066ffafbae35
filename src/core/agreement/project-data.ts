import type { AgreementDocument, AgreementRecords } from './agreement-records';
import { AgreementInputError } from './input-error';
import type { Range } from './interval-set';
import type { ReliabilityData } from './reliability-data';
import type { Span, SpanData } from './spans';
import { unitRanges, type AgreementUnit } from './text-units';
import { characterPatterns, mergeOverlapping, unitPatterns } from './unit-columns';

/** What to compare: which coders, documents and codes (all when left out), on which unit. */
export interface AgreementSelection {
  unit: AgreementUnit;
  coderIds?: readonly string[];
  documentIds?: readonly string[];
  codeIds?: readonly string[];
}

/** One code's reliability data: present/absent per unit, and the spans for unitizing measures. */
export interface CodeReliability {
  codeId: string;
  codeName: string;
  /** How many of the chosen coders applied the code at least once in the chosen documents. */
  usedBy: number;
  /** One row per coder: 1 where the coder applied the code to (part of) the unit, 0 where not. */
  units: ReliabilityData;
  /** The chosen documents one after another as one continuum; each coder's spans of the code. */
  spans: SpanData;
}

/** Reliability data for every chosen code, with what was chosen and what could not be used. */
export interface ProjectReliability {
  unit: AgreementUnit;
  coders: { id: string; name: string }[];
  documents: { id: string; name: string; offset: number; length: number }[];
  codes: CodeReliability[];
  /** Documents left out and why (e.g. exchanged without text, which word units need). */
  problems: string[];
}

/**
 * Turns a project's annotations into reliability data per code, as the agreement measures read
 * it. A coder is the annotation's `createdBy`; deleted records are left out. Every chosen coder is
 * taken to have coded every chosen document, so a coder with no annotation of a code there
 * contributes "absent" for each unit, not missing values. On predefined units a coder applied a
 * code to a unit when one of their annotations with that code shares at least one character with
 * it; on characters, runs of characters every coder treated alike become one weighted column, so
 * even a long corpus stays a few columns per code. For unitizing, a coder's overlapping
 * annotations of one code are merged (the measures need each coder's spans of a value apart).
 * Defaults: coders who made a live annotation in the chosen documents; all live documents and
 * codes, in the snapshot's order.
 */
export function reliabilityFromProject(
  snapshot: AgreementRecords,
  selection: AgreementSelection,
): ProjectReliability {
  const problems: string[] = [];
  const liveDocuments = snapshot.documents.filter((d) => !d.deleted);
  const documents = pick(liveDocuments, selection.documentIds, 'document');
  const documentIds = new Set(documents.map((d) => d.id));
  const annotations = snapshot.annotations.filter(
    (a) => !a.deleted && documentIds.has(a.documentId),
  );
  const coderNames = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  const coderIds = selection.coderIds
    ? [...selection.coderIds]
    : [...new Set(annotations.map((a) => a.createdBy))].sort((a, b) =>
        compareText(coderNames.get(a) ?? a, coderNames.get(b) ?? b),
      );
  for (const id of coderIds)
    if (!coderNames.has(id) && !annotations.some((a) => a.createdBy === id))
      throw new AgreementInputError(`Unknown coder ${JSON.stringify(id)}`);
  if (coderIds.length < 2)
    throw new AgreementInputError(
      `Agreement needs two or more coders; ${coderIds.length === 0 ? 'no coder has' : 'only one coder has'} annotations in the chosen documents`,
    );
  const codes = pick(
    snapshot.codes.filter((c) => !c.deleted),
    selection.codeIds,
    'code',
  );

  // Units of each document, cut once and shared by every code.
  const usable: { doc: AgreementDocument; units: Range[] | null; offset: number }[] = [];
  let offset = 0;
  for (const doc of documents) {
    const units = selection.unit === 'character' ? null : unitRanges(selection.unit, doc);
    if (selection.unit !== 'character' && units === null) {
      problems.push(
        `${doc.name}: exchanged without its text, which ${selection.unit} units need; left out`,
      );
      continue;
    }
    usable.push({ doc, units, offset });
    offset += doc.charCount;
  }

  // ranges[codeId][documentId][coder index]
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const codeIds = new Set(codes.map((c) => c.id));
  const ranges = new Map<string, Map<string, Range[][]>>();
  for (const a of annotations) {
    const coder = coderIndex.get(a.createdBy);
    if (coder === undefined) continue;
    for (const codeId of a.codeIds) {
      if (!codeIds.has(codeId)) continue;
      let byDoc = ranges.get(codeId);
      if (!byDoc) ranges.set(codeId, (byDoc = new Map()));
      let byCoder = byDoc.get(a.documentId);
      if (!byCoder) byDoc.set(a.documentId, (byCoder = coderIds.map(() => [])));
      (byCoder[coder] as Range[]).push({ start: a.start, end: a.end });
    }
  }

  const m = coderIds.length;
  const result: CodeReliability[] = codes.map((code) => {
    const byDoc = ranges.get(code.id) ?? new Map<string, Range[][]>();
    const patterns = new Map<string, number>();
    const add = (pattern: string, weight: number) => {
      if (weight > 0) patterns.set(pattern, (patterns.get(pattern) ?? 0) + weight);
    };
    const spans: Span[][] = coderIds.map(() => []);
    const users = new Set<number>();
    for (const { doc, units, offset: docOffset } of usable) {
      const byCoder = (byDoc.get(doc.id) ?? coderIds.map(() => [])).map(mergeOverlapping);
      byCoder.forEach((list, coder) => {
        if (list.length > 0) users.add(coder);
        for (const r of list)
          (spans[coder] as Span[]).push({
            start: r.start + docOffset,
            end: r.end + docOffset,
            value: code.name,
          });
      });
      if (units === null) characterPatterns(doc.charCount, byCoder, add);
      else unitPatterns(units, byCoder, add);
    }
    const columns = [...patterns.entries()];
    return {
      codeId: code.id,
      codeName: code.name,
      usedBy: users.size,
      units: {
        values: Array.from({ length: m }, (_, coder) =>
          columns.map(([p]) => (p[coder] === '1' ? 1 : 0)),
        ),
        weights: columns.map(([, w]) => w),
      },
      spans: { continuum: [0, offset], coders: spans },
    };
  });
  return {
    unit: selection.unit,
    coders: coderIds.map((id) => ({ id, name: coderNames.get(id) ?? id })),
    documents: usable.map(({ doc, offset: o }) => ({
      id: doc.id,
      name: doc.name,
      offset: o,
      length: doc.charCount,
    })),
    codes: result,
    problems,
  };
}

function pick<T extends { id: string }>(
  items: readonly T[],
  ids: readonly string[] | undefined,
  kind: string,
): T[] {
  if (!ids) return [...items];
  const byId = new Map(items.map((i) => [i.id, i]));
  return ids.map((id) => {
    const item = byId.get(id);
    if (!item) throw new AgreementInputError(`Unknown ${kind} ${JSON.stringify(id)}`);
    return item;
  });
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
