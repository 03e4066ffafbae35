import Papa from 'papaparse';
import { W3C_PATH_SEPARATOR } from '../w3c/export-w3c';

/** Largest highlights CSV read (characters). */
export const HIGHLIGHTS_CSV_MAX_CHARS = 50_000_000;
/** Most rows read from a highlights CSV. */
export const HIGHLIGHTS_CSV_MAX_ROWS = 500_000;

const HEADER = /^\uFEFF?id,document,tag,content\r?\n/;

/** Whether a text is Taguette's highlights export (header `id,document,tag,content`). */
export function isHighlightsCsv(text: string): boolean {
  return HEADER.test(text.slice(0, 64));
}

/** The highlights as W3C annotations, or every problem naming the file and row. */
export type HighlightsAsW3c =
  { ok: true; annotations: object[] } | { ok: false; problems: string[] };

/**
 * Reads Taguette's highlights CSV (one row per highlight and tag; a highlight with two tags
 * appears twice with the same id; tag paths with backslashes; no positions) as W3C annotations
 * that carry only a quote, so the W3C import places each on the project's text by its quote, on
 * the document the row names (or the project's only document), with one tagging body per tag.
 */
export function highlightsCsvAsW3c(fileName: string, text: string): HighlightsAsW3c {
  if (text.length > HIGHLIGHTS_CSV_MAX_CHARS) {
    return {
      ok: false,
      problems: [
        `${fileName}: a file of ${text.length} characters is over the limit of ${HIGHLIGHTS_CSV_MAX_CHARS}.`,
      ],
    };
  }
  const table = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
  }).data;
  const [header, ...rows] = table;
  if (header?.join(',') !== 'id,document,tag,content') {
    return {
      ok: false,
      problems: [
        `${fileName}: not a highlights CSV (expected the header id,document,tag,content).`,
      ],
    };
  }
  if (rows.length > HIGHLIGHTS_CSV_MAX_ROWS) {
    return {
      ok: false,
      problems: [
        `${fileName}: ${rows.length} rows is over the limit of ${HIGHLIGHTS_CSV_MAX_ROWS}.`,
      ],
    };
  }
  const problems: string[] = [];
  const byId = new Map<string, { document: string; content: string; tags: string[] }>();
  rows.forEach((row, i) => {
    const [id = '', document = '', tag = '', content = ''] = row;
    if (row.length !== 4 || !id || !content) {
      problems.push(
        `${fileName}, row ${i + 2}: expected an id, a document, a tag and the highlighted text.`,
      );
      return;
    }
    const seen = byId.get(id);
    if (seen && (seen.document !== document || seen.content !== content)) {
      problems.push(
        `${fileName}, row ${i + 2}: highlight ${id} names another document or text than before.`,
      );
      return;
    }
    const entry = seen ?? { document, content, tags: [] };
    const path = tag
      .split('\\')
      .map((n) => n.trim())
      .filter(Boolean)
      .join(W3C_PATH_SEPARATOR);
    if (path && !entry.tags.includes(path)) entry.tags.push(path);
    byId.set(id, entry);
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 50) };
  return {
    ok: true,
    annotations: [...byId].map(([id, h]) => ({
      type: 'Annotation',
      id: `taguette:highlight:${id}`,
      body: h.tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value })),
      target: {
        source: { id: `taguette:document:${h.document}`, label: h.document },
        selector: { type: 'TextQuoteSelector', exact: h.content },
      },
    })),
  };
}
