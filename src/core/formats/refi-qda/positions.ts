import { offsetConverter } from '../../anchoring/code-points';
import { splitsSurrogatePair, type Span } from '../../anchoring/span';

/**
 * How a tool counted a selection's positions. REFI-QDA says Unicode code points over the plain
 * text; NVivo counts UTF-16 code units over the text as stored, CRLF counting two. The `-crlf`
 * conventions count over the raw text (line endings as in the file); the others over the
 * canonical LF text.
 */
export type PositionConvention = 'code-points' | 'utf16-crlf' | 'utf16' | 'code-points-crlf';

/** Tie-break order: the standard first, then what NVivo does. */
const CONVENTIONS: readonly PositionConvention[] = [
  'code-points',
  'utf16-crlf',
  'utf16',
  'code-points-crlf',
];

/** What the evidence for a source's convention was. */
export type PositionEvidence = 'quotes' | 'word boundaries' | 'none';

/** A selection as the placer sees it: positions as written, and the `name` that may quote it. */
export interface RawSelection {
  start: number;
  end: number;
  name: string;
}

/** The placement of a source's selections in its canonical text. */
export interface Placement {
  convention: PositionConvention;
  evidence: PositionEvidence;
  /** UTF-16 spans over the canonical text, or null for a selection outside the text. */
  spans: (Span | null)[];
  /** How many selections had a quote in `name` that the chosen span does not match. */
  quoteMismatches: number;
}

/**
 * Places a source's selections in its canonical text, choosing the counting convention from
 * evidence, never from the file's `origin` (tools write the origin of the tool they read from).
 * Every convention is tried and compared by, in turn: how many quotes in `name` match their span,
 * how many selections fit inside the text, and how many selection ends fall on word boundaries.
 * Ties go to the standard (code points), so a convention must be shown to fit better to win. `raw` is the text with its original line endings, BOM removed.
 */
export function placeSelections(raw: string, selections: readonly RawSelection[]): Placement {
  const canonical = raw.replace(/\r\n?/g, '\n');
  const candidates = distinctConventions(raw).map((convention) =>
    score(convention, mapperFor(convention, raw, canonical), canonical, selections),
  );
  let best = candidates[0] as Scored;
  for (const c of candidates) if (better(c, best)) best = c;
  const evidence: PositionEvidence =
    best.quoteHits > 0 ? 'quotes' : best.boundaries > 0 ? 'word boundaries' : 'none';
  return {
    convention: best.convention,
    evidence,
    spans: best.spans,
    quoteMismatches: best.quoteTried - best.quoteHits,
  };
}

interface Scored {
  convention: PositionConvention;
  spans: (Span | null)[];
  quoteHits: number;
  quoteTried: number;
  inside: number;
  boundaries: number;
}

/** Whether `a` fits the evidence strictly better than `b` (quotes, then fit, then boundaries). */
function better(a: Scored, b: Scored): boolean {
  if (a.quoteHits !== b.quoteHits) return a.quoteHits > b.quoteHits;
  if (a.inside !== b.inside) return a.inside > b.inside;
  return a.boundaries > b.boundaries;
}

type Mapper = (position: number) => number | null;

/** Only conventions that can differ for this text (saves work on ASCII and LF-only texts). */
function distinctConventions(raw: string): PositionConvention[] {
  const hasCr = raw.includes('\r');
  const hasAstral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(raw);
  return CONVENTIONS.filter(
    (c) =>
      c === 'code-points' ||
      (c === 'utf16-crlf' && hasCr) ||
      (c === 'utf16' && hasAstral) ||
      (c === 'code-points-crlf' && hasCr && hasAstral),
  );
}

function mapperFor(convention: PositionConvention, raw: string, canonical: string): Mapper {
  const toCanonical = rawToCanonical(raw);
  const safe = (f: (p: number) => number): Mapper => {
    return (p) => {
      try {
        return f(p);
      } catch {
        return null; // out of range
      }
    };
  };
  switch (convention) {
    case 'code-points': {
      const conv = offsetConverter(canonical);
      return safe((p) => conv.toUtf16(p));
    }
    case 'utf16':
      return (p) => (p <= canonical.length ? p : null);
    case 'utf16-crlf':
      return (p) => (p <= raw.length ? toCanonical(p) : null);
    case 'code-points-crlf': {
      const conv = offsetConverter(raw);
      return safe((p) => toCanonical(conv.toUtf16(p)));
    }
  }
}

/** Maps a UTF-16 offset in the raw text to the canonical text (each CR before an LF drops out). */
function rawToCanonical(raw: string): (offset: number) => number {
  const dropped: number[] = [];
  for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) dropped.push(i);
  return (offset) => {
    let lo = 0;
    let hi = dropped.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((dropped[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

function score(
  convention: PositionConvention,
  map: Mapper,
  text: string,
  selections: readonly RawSelection[],
): Scored {
  const scored: Scored = {
    convention,
    spans: [],
    quoteHits: 0,
    quoteTried: 0,
    inside: 0,
    boundaries: 0,
  };
  for (const sel of selections) {
    let start = map(sel.start);
    let end = map(sel.end);
    if (start === null || end === null || end < start) {
      scored.spans.push(null);
      continue;
    }
    if (splitsSurrogatePair(text, start)) start -= 1;
    if (splitsSurrogatePair(text, end)) end += 1;
    scored.spans.push({ start, end });
    scored.inside++;
    const quote = text.slice(start, end);
    if (looksLikeQuote(sel.name)) {
      scored.quoteTried++;
      if (quoteMatches(sel.name, quote)) scored.quoteHits++;
    }
    if (isWordBoundary(text, start)) scored.boundaries++;
    if (isWordBoundary(text, end)) scored.boundaries++;
  }
  return scored;
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Labels such as qc's `line:6` and empty names are not quotes. */
function looksLikeQuote(name: string): boolean {
  return name.length > 0 && !/^line:\d+$/.test(name.trim());
}

/**
 * Whether a selection's `name` quotes this text: equal with whitespace collapsed, or, for
 * names cut short with an ellipsis (ATLAS.ti cuts long quotes with "…"), a prefix of it.
 */
export function quoteMatches(name: string, text: string): boolean {
  if (name === text) return true;
  const a = collapse(name);
  const b = collapse(text);
  if (a === b) return a !== '';
  const cut = /(…|\.\.\.)$/u.exec(a);
  if (!cut) return false;
  const head = a.slice(0, a.length - cut[0].length).trimEnd();
  return head.length > 0 && b.startsWith(head);
}

const WORD = /[\p{L}\p{N}\p{M}_'’]/u;

/** Whether an offset lies between a word and a non-word character (or at either end). */
function isWordBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const before = WORD.test(charBefore(text, offset));
  const after = WORD.test(String.fromCodePoint(text.codePointAt(offset) as number));
  return !(before && after);
}

function charBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) return text.slice(offset - 2, offset);
  return text.charAt(offset - 1);
}
