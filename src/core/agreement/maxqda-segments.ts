import { intersectionLength, type Range } from './interval-set';

/** A coded segment as MAXQDA compares them: a document, a code and a range of its text. */
export interface CodedSegment extends Range {
  documentId: string;
  codeId: string;
}

/** MAXQDA's code-specific row: segments that found a match in the other coder's coding, and not. */
export interface MaxqdaCodeRow {
  codeId: string;
  agreements: number;
  disagreements: number;
  /** agreements / (agreements + disagreements) × 100. */
  percent: number;
}

/** MAXQDA's segment-level comparison of two coders. */
export interface MaxqdaSegmentAgreement {
  threshold: number;
  codes: MaxqdaCodeRow[];
  agreements: number;
  disagreements: number;
  /** Observed agreement over all segments, 0-1 (null when nobody coded a segment). */
  observed: number | null;
  /** Chance agreement 1/q, q the number of codes in the table. */
  expected: number | null;
  /** Brennan and Prediger's kappa as MAXQDA reports it: (po − 1/q)/(1 − 1/q). */
  kappa: number | null;
  reason?: string;
}

/**
 * MAXQDA's Intercoder Agreement at the segment level ("Code occurrence at segment level"), as
 * the MAXQDA manual describes it: every segment of either coder is checked for a segment of the
 * same code in the same document by the other coder that overlaps it by at least `threshold`
 * (default 90 %), the overlap being the length the two share relative to the length they cover
 * together; a segment with such a partner is an agreement, one without a disagreement. The
 * code-specific table gives agreements, disagreements and their percentage. The chance-corrected
 * figure follows Brennan and Prediger (1981), as MAXQDA does: po is the share of agreeing
 * segments, chance agreement 1/q with q the number of codes in the table (free segmentation
 * leaves the "neither coded" cell undefined, so Cohen's kappa cannot be used). Codes nobody used
 * are not in the table; q < 2 or no segments → kappa null with a reason. Not checked against the
 * software itself: compare with MAXQDA on your own data before relying on equality.
 */
export function maxqdaSegmentAgreement(
  coder1: readonly CodedSegment[],
  coder2: readonly CodedSegment[],
  threshold = 0.9,
): MaxqdaSegmentAgreement {
  const rows = new Map<string, MaxqdaCodeRow>();
  const row = (codeId: string): MaxqdaCodeRow => {
    let r = rows.get(codeId);
    if (!r) rows.set(codeId, (r = { codeId, agreements: 0, disagreements: 0, percent: 0 }));
    return r;
  };
  const byDocumentAndCode = (segments: readonly CodedSegment[]) => {
    const map = new Map<string, CodedSegment[]>();
    for (const s of segments) {
      const key = `${s.documentId}\u0000${s.codeId}`;
      const list = map.get(key);
      if (list) list.push(s);
      else map.set(key, [s]);
    }
    return map;
  };
  const check = (own: readonly CodedSegment[], others: Map<string, CodedSegment[]>) => {
    for (const s of own) {
      if (s.end <= s.start) continue;
      const candidates = others.get(`${s.documentId}\u0000${s.codeId}`) ?? [];
      const matched = candidates.some((o) => {
        const shared = intersectionLength([s], [o]);
        const covered = s.end - s.start + (o.end - o.start) - shared;
        return shared > 0 && shared / covered >= threshold;
      });
      const r = row(s.codeId);
      if (matched) r.agreements++;
      else r.disagreements++;
    }
  };
  check(coder1, byDocumentAndCode(coder2));
  check(coder2, byDocumentAndCode(coder1));
  const codes = [...rows.values()].sort((a, b) =>
    a.codeId < b.codeId ? -1 : a.codeId > b.codeId ? 1 : 0,
  );
  for (const r of codes) r.percent = (100 * r.agreements) / (r.agreements + r.disagreements);
  const agreements = codes.reduce((s, r) => s + r.agreements, 0);
  const disagreements = codes.reduce((s, r) => s + r.disagreements, 0);
  const base = { threshold, codes, agreements, disagreements };
  if (agreements + disagreements === 0)
    return {
      ...base,
      observed: null,
      expected: null,
      kappa: null,
      reason: 'Neither coder coded a segment',
    };
  const observed = agreements / (agreements + disagreements);
  if (codes.length < 2)
    return {
      ...base,
      observed,
      expected: 1,
      kappa: null,
      reason: 'Only one code in the table: chance agreement 1/q is 1',
    };
  const expected = 1 / codes.length;
  return { ...base, observed, expected, kappa: (observed - expected) / (1 - expected) };
}
