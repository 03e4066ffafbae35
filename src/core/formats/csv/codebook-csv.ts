import Papa from 'papaparse';
import { created } from '../../model/stamp';
import { DEFAULT_PALETTE, nextColor } from '../../codebook/palette';
import type { Code, Id, Timestamp } from '../../model/types';
import { codePaths } from '../shared/code-paths';

/** The columns of a codebook table, as exported and as read back. */
export const CODEBOOK_COLUMNS = ['path', 'colour', 'description', 'hotkey'] as const;

/** Largest codebook CSV read (bytes of text): a codebook is small; anything larger is not one. */
export const CODEBOOK_CSV_MAX_CHARS = 5_000_000;
/** Most rows read from a codebook CSV. */
export const CODEBOOK_CSV_MAX_ROWS = 20_000;

/**
 * The codebook as CSV: one row per live code in tree order, its path of names joined with
 * `separator`, colour, description and hotkey. A separator that occurs in a name would make the
 * path ambiguous, so such a name is refused rather than written wrongly.
 */
export function exportCodebookCsv(codes: readonly Code[], separator = ' > ', bom = false): string {
  const live = codes.filter((c) => !c.deleted);
  const paths = codePaths(codes);
  const sep = separator.trim();
  const clash = live.find((c) => sep && c.name.includes(sep));
  if (clash) {
    throw new Error(
      `The code "${clash.name}" contains the path separator "${sep}"; export with another separator.`,
    );
  }
  const rows = sortByPath(live.map((c) => ({ code: c, path: paths.get(c.id) ?? [c.name] })));
  const data = rows.map(({ code, path }) => [
    path.join(separator),
    code.color,
    code.description,
    code.hotkey ?? '',
  ]);
  const csv = Papa.unparse({ fields: [...CODEBOOK_COLUMNS], data }, { newline: '\r\n' });
  return (bom ? '\uFEFF' : '') + csv + '\r\n';
}

function sortByPath<T extends { path: string[] }>(rows: T[]): T[] {
  return rows.sort((a, b) => {
    const n = Math.min(a.path.length, b.path.length);
    for (let i = 0; i < n; i++) {
      const x = a.path[i] as string;
      const y = b.path[i] as string;
      if (x !== y) return x < y ? -1 : 1;
    }
    return a.path.length - b.path.length;
  });
}

/** What reading a codebook CSV needs from the caller: where the codes go and who makes them. */
export interface CodebookCsvContext {
  projectId: Id;
  coderId: Id;
  now: Timestamp;
  newId: () => Id;
  /** `>` or `/` (or `\`); by default `>` when any path has one, otherwise `/`. */
  separator?: string;
}

/** The outcome of reading a codebook CSV: the codes, or every problem with its row. */
export type CodebookCsvResult =
  { ok: true; codes: Code[]; warnings: string[] } | { ok: false; problems: string[] };

/**
 * Reads a codebook from CSV as MAXQDA and Taguette users bring it: a header row with `path` (or
 * `code`, `name`) and optionally `colour`/`color`, `description`/`definition`, `hotkey`; parents
 * named only inside a path are created. Rows are checked before anything is returned, so a bad
 * file changes nothing.
 */
export function parseCodebookCsv(
  fileName: string,
  text: string,
  ctx: CodebookCsvContext,
): CodebookCsvResult {
  if (text.length > CODEBOOK_CSV_MAX_CHARS) {
    return {
      ok: false,
      problems: [
        `${fileName}: a codebook CSV of ${text.length} characters is over the limit of ${CODEBOOK_CSV_MAX_CHARS}.`,
      ],
    };
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF+/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const table = parsed.data;
  if (table.length === 0) return { ok: false, problems: [`${fileName}: the file has no rows.`] };
  if (table.length - 1 > CODEBOOK_CSV_MAX_ROWS) {
    return {
      ok: false,
      problems: [
        `${fileName}: ${table.length - 1} rows is over the limit of ${CODEBOOK_CSV_MAX_ROWS} codes.`,
      ],
    };
  }
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const column = (...names: string[]): number => header.findIndex((h) => names.includes(h));
  const pathCol = column('path', 'code', 'name', 'code path', 'code_path');
  if (pathCol < 0) {
    return {
      ok: false,
      problems: [
        `${fileName}: the first row must name the columns, with one called "path" (or "code", "name").`,
      ],
    };
  }
  const colourCol = column('colour', 'color');
  const descriptionCol = column('description', 'definition');
  const hotkeyCol = column('hotkey');
  const rows = table.slice(1);
  const separator =
    ctx.separator ?? (rows.some((r) => (r[pathCol] ?? '').includes('>')) ? '>' : '/');
  const problems: string[] = [];
  const warnings: string[] = [];
  const codes: Code[] = [];
  const byPath = new Map<string, Code>();
  const hotkeys = new Set<string>();
  const leaves = new Set<string>();
  const childCount = new Map<Id | null, number>();
  const colours = colourSequence(ctx);
  rows.forEach((row, index) => {
    const line = index + 2;
    const names = (row[pathCol] ?? '').split(separator).map((n) => n.trim());
    if (names.length === 0 || names.some((n) => n === '')) {
      problems.push(
        `${fileName}, row ${line}: the path "${clip(row[pathCol] ?? '')}" has an empty name.`,
      );
      return;
    }
    const colour = colourCol >= 0 ? (row[colourCol] ?? '').trim() : '';
    if (colour && !/^#[0-9a-f]{6}$/i.test(colour)) {
      problems.push(`${fileName}, row ${line}: the colour "${clip(colour)}" is not like #4e79a7.`);
      return;
    }
    let hotkey: string | null = hotkeyCol >= 0 ? (row[hotkeyCol] ?? '').trim() || null : null;
    if (hotkey && (hotkey.length > 20 || hotkeys.has(hotkey))) {
      warnings.push(
        `Row ${line}: hotkey "${clip(hotkey)}" is ${hotkey.length > 20 ? 'too long' : 'already taken'}; the code gets none.`,
      );
      hotkey = null;
    }
    if (hotkey) hotkeys.add(hotkey);
    let parentId: Id | null = null;
    for (let depth = 0; depth < names.length; depth++) {
      const key = names
        .slice(0, depth + 1)
        .join('\u0000')
        .toLowerCase();
      let code = byPath.get(key);
      const leaf = depth === names.length - 1;
      if (leaf && leaves.has(key)) {
        warnings.push(
          `Row ${line}: "${clip(names.join(' > '))}" appears twice; the first row is kept.`,
        );
        return;
      }
      if (!code) {
        const siblings: number = childCount.get(parentId) ?? 0;
        childCount.set(parentId, siblings + 1);
        code = {
          id: ctx.newId(),
          projectId: ctx.projectId,
          parentId,
          name: names[depth] as string,
          color:
            leaf && colour
              ? colour.toLowerCase()
              : (colours[codes.length % colours.length] as string),
          description: '',
          hotkey: null,
          order: siblings,
          memo: '',
          ...created(ctx.coderId, ctx.now),
        };
        codes.push(code);
        byPath.set(key, code);
      }
      if (leaf) {
        leaves.add(key);
        if (descriptionCol >= 0 && !code.description) code.description = row[descriptionCol] ?? '';
        if (colour) code.color = colour.toLowerCase();
        if (hotkey && !code.hotkey) code.hotkey = hotkey;
      }
      parentId = code.id;
    }
  });
  if (parsed.errors.length > 0) {
    // A one-column file has no delimiter to detect; that is not a problem.
    for (const e of parsed.errors.filter((x) => x.type !== 'Delimiter').slice(0, 20)) {
      problems.push(`${fileName}, row ${(e.row ?? 0) + 1}: ${e.message}.`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, codes, warnings };
}

/**
 * The colours new codes get, in order: what `nextColor` picks for a growing codebook, computed
 * once for a palette's length and then repeated (calling it per code is quadratic).
 */
function colourSequence(ctx: CodebookCsvContext): string[] {
  const picked: Code[] = [];
  for (let i = 0; i < DEFAULT_PALETTE.length; i++) {
    const color = nextColor(picked);
    picked.push({ ...stub(ctx), id: `colour-${i}`, color });
  }
  return picked.map((c) => c.color);
}

function stub(ctx: CodebookCsvContext): Code {
  return {
    id: '',
    projectId: ctx.projectId,
    parentId: null,
    name: '',
    color: '',
    description: '',
    hotkey: null,
    order: 0,
    memo: '',
    ...created(ctx.coderId, ctx.now),
  };
}

/** A value short enough to show in a message. */
function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
