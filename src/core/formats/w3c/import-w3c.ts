import { offsetConverter } from '../../anchoring/code-points';
import { quoteContext } from '../../anchoring/quote-context';
import type { ProjectSnapshot } from '../../model/snapshot';
import type { Annotation, Code, Coder, Id, Timestamp } from '../../model/types';
import { anchorSelectors, type SelectorTarget } from './anchor-selectors';
import { closeMatch, prepareText, type PreparedText } from './close-match';
import { w3cAnnotationSchema, type W3cAnnotation } from './w3c-types';
import { CodeResolver, findDocument, resolveCoder, urnTail } from './w3c-records';

/** Largest W3C file read, in characters. */
export const W3C_MAX_CHARS = 200_000_000;
/** Most annotations read from one W3C file. */
export const W3C_MAX_ANNOTATIONS = 500_000;

/** What importing W3C annotations needs: the project they go into and who imports them. */
export interface W3cImportContext {
  /** The project, with the texts of its documents. */
  snapshot: ProjectSnapshot;
  /** Put every annotation on this document (when the file's sources name none of ours). */
  documentId?: Id;
  coderId: Id;
  now: Timestamp;
  newId: () => Id;
}

/** One annotation that could not be placed exactly, for the user to check. */
export interface W3cPlacementNote {
  index: number;
  id: string;
  reason: string;
}

/** The records an import adds, and what the user must be told. */
export interface W3cImport {
  annotations: Annotation[];
  codes: Code[];
  coders: Coder[];
  /** Placed by the quote because the position disagreed. */
  moved: W3cPlacementNote[];
  /** Not placed at all: kept out, listed with the reason. */
  orphans: W3cPlacementNote[];
}

/** The outcome: the records, or every problem found, naming the file. */
export type W3cImportResult = ({ ok: true } & W3cImport) | { ok: false; problems: string[] };

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The annotation objects of a file: a list, a page, a collection with a first page, or one. */
export function annotationList(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (typeof json !== 'object' || json === null) return null;
  const o = json as Record<string, unknown>;
  if (Array.isArray(o.items)) return o.items;
  const first = o.first as Record<string, unknown> | undefined;
  if (first && Array.isArray(first.items)) return first.items;
  if (o.type === 'Annotation') return [o];
  return null;
}

/**
 * Reads W3C Web Annotations (JSON-LD) into annotations of a project: each target is placed by
 * its position when the text there equals its quote, otherwise by its quote (whitespace folded,
 * prefix and suffix deciding between repeats); what cannot be placed is listed as an orphan,
 * never guessed. Tagging bodies become codes (matched by id, then by path; new ones created),
 * commenting bodies the memo, `creator` the coder. Nothing is returned unless the file is sound.
 */
export function importW3c(
  fileName: string,
  jsonText: string,
  ctx: W3cImportContext,
): W3cImportResult {
  const job = prepareW3cImport(fileName, jsonText, ctx);
  if (!job.ok) return job;
  for (let i = 0; i < job.total; i++) job.place(i);
  return job.finish();
}

/** Options of `importW3cInChunks`: progress after each chunk, cancel between chunks. */
export interface W3cChunkOptions {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** Annotations placed between two yields to the event loop (default 200). */
  chunkSize?: number;
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `importW3c` in chunks, yielding to the event loop between them, so the re-anchoring worker can
 * report progress and take a cancel (the promise then rejects with the signal's reason). The
 * same result as `importW3c`, given the same ids.
 */
export async function importW3cInChunks(
  fileName: string,
  jsonText: string,
  ctx: W3cImportContext,
  options: W3cChunkOptions = {},
): Promise<W3cImportResult> {
  const { signal, onProgress, chunkSize = 200 } = options;
  signal?.throwIfAborted();
  const job = prepareW3cImport(fileName, jsonText, ctx);
  if (!job.ok) return job;
  for (let i = 0; i < job.total;) {
    const stop = Math.min(job.total, i + chunkSize);
    for (; i < stop; i++) job.place(i);
    onProgress?.(i, job.total);
    await nextTurn();
    signal?.throwIfAborted();
  }
  if (job.total === 0) onProgress?.(0, 0);
  return job.finish();
}

/** A read, checked file whose annotations are placed one at a time, then gathered. */
type W3cImportJob =
  | { ok: false; problems: string[] }
  | { ok: true; total: number; place(index: number): void; finish(): W3cImportResult };

/** Reads and checks the file; the job places each annotation on the project's texts. */
function prepareW3cImport(fileName: string, jsonText: string, ctx: W3cImportContext): W3cImportJob {
  const fail = (...problems: string[]): { ok: false; problems: string[] } => ({
    ok: false,
    problems,
  });
  if (jsonText.length > W3C_MAX_CHARS) {
    return fail(
      `${fileName}: a file of ${jsonText.length} characters is over the limit of ${W3C_MAX_CHARS}.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(
      `${fileName}: not JSON (${error instanceof Error ? error.message : 'parse error'}).`,
    );
  }
  const list = annotationList(json);
  if (!list)
    return fail(
      `${fileName}: no W3C annotations found (expected a list, an AnnotationPage or an AnnotationCollection).`,
    );
  if (list.length > W3C_MAX_ANNOTATIONS) {
    return fail(
      `${fileName}: ${list.length} annotations is over the limit of ${W3C_MAX_ANNOTATIONS}.`,
    );
  }
  const parsed: W3cAnnotation[] = [];
  const problems: string[] = [];
  list.forEach((item, index) => {
    const result = w3cAnnotationSchema.safeParse(item);
    if (result.success) parsed.push(result.data);
    else {
      const issue = result.error.issues[0];
      problems.push(
        `${fileName}, annotation ${index + 1}: ${issue?.path.join('.') || 'the annotation'}: ${issue?.message ?? 'invalid'}.`,
      );
    }
  });
  if (problems.length > 0) return fail(...problems.slice(0, 50));

  const { snapshot } = ctx;
  const documents = snapshot.documents.filter((d) => !d.deleted && d.text !== undefined);
  const chosen = ctx.documentId ? documents.find((d) => d.id === ctx.documentId) : undefined;
  if (ctx.documentId && !chosen)
    return fail(`${fileName}: the chosen document is not in the project or has no text.`);
  const codes = new CodeResolver(snapshot.codes, ctx);
  const coders = new Map(snapshot.coders.map((c) => [c.id, c]));
  const newCoders: Coder[] = [];
  const out: W3cImport = { annotations: [], codes: [], coders: newCoders, moved: [], orphans: [] };
  const ids = new Set(snapshot.annotations.map((a) => a.id));
  // One converter per document: each scans its whole text, so not once per annotation.
  const prepared = new Map<Id, PreparedText>();
  const preparedFor = (id: Id, text: string) => {
    let found = prepared.get(id);
    if (!found) prepared.set(id, (found = prepareText(text)));
    return found;
  };
  const converters = new Map<Id, ReturnType<typeof offsetConverter>>();
  const converterFor = (id: Id, text: string) => {
    let converter = converters.get(id);
    if (!converter) converters.set(id, (converter = offsetConverter(text)));
    return converter;
  };

  const place = (index: number): void => {
    const w = parsed[index] as W3cAnnotation;
    // Several targets mean the same body on several spans: one annotation each.
    const targets = Array.isArray(w.target) ? w.target : [w.target];
    targets.forEach((t, part) => {
      const label =
        (w.id ?? `annotation ${index + 1}`) + (targets.length > 1 ? ` (target ${part + 1})` : '');
      const target = typeof t === 'string' ? { source: t } : t;
      const doc = chosen ?? findDocument(documents, target.source);
      if (!doc || doc.text === undefined) {
        problems.push(
          `${fileName}, annotation ${index + 1}: its source names no document of this project; choose the document to import into.`,
        );
        return;
      }
      const text = doc.text;
      const selectors =
        target.selector === undefined
          ? []
          : Array.isArray(target.selector)
            ? target.selector
            : [target.selector];
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as
        { exact: string; prefix?: string; suffix?: string } | undefined;
      const position = selectors.find((s) => s.type === 'TextPositionSelector') as
        { start: number; end: number } | undefined;
      let anchorTarget: SelectorTarget | null = null;
      if (position) {
        const convert = converterFor(doc.id, text);
        const inRange = position.end <= convert.codePointLength && position.start <= position.end;
        const start = inRange ? convert.toUtf16(position.start) : undefined;
        const end = inRange ? convert.toUtf16(position.end) : undefined;
        anchorTarget = {
          exact: quote?.exact ?? (start !== undefined ? text.slice(start, end) : ''),
          prefix: quote?.prefix,
          suffix: quote?.suffix,
          start,
          end,
        };
      } else if (quote)
        anchorTarget = { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
      if (!anchorTarget) {
        out.orphans.push({ index, id: label, reason: 'it has no text quote or position selector' });
        return;
      }
      let placed = anchorSelectors(text, anchorTarget);
      if (placed.kind === 'orphan' && anchorTarget.exact.trim()) {
        // Not there as it is: the re-anchoring machinery looks for a close match.
        placed = closeMatch(preparedFor(doc.id, text), anchorTarget) ?? placed;
      }
      if (placed.kind === 'orphan') {
        out.orphans.push({ index, id: label, reason: placed.reason });
        return;
      }
      if (placed.kind === 'moved') out.moved.push({ index, id: label, reason: placed.reason });
      const bodies =
        w.body === undefined
          ? []
          : typeof w.body === 'string'
            ? []
            : Array.isArray(w.body)
              ? w.body
              : [w.body];
      const codeIds: Id[] = [];
      const memos: string[] = [];
      for (const b of bodies) {
        if (b.purpose === 'tagging' && b.value?.trim()) {
          const id = codes.resolve(b.value, b.id);
          if (!codeIds.includes(id)) codeIds.push(id);
        } else if ((b.purpose === 'commenting' || b.purpose === undefined) && b.value)
          memos.push(b.value);
      }
      const coderId = resolveCoder(w.creator, coders, newCoders, ctx);
      const createdAt = w.created && isoTime.test(w.created) ? w.created : ctx.now;
      const updatedAt = w.modified && isoTime.test(w.modified) ? w.modified : createdAt;
      const own = urnTail(w.id, 'urn:marginalia:annotation:');
      const candidate = part > 0 ? null : (own ?? (w.id && w.id.length <= 200 ? w.id : null));
      const id = candidate && !ids.has(candidate) ? candidate : ctx.newId();
      ids.add(id);
      out.annotations.push({
        id,
        projectId: snapshot.project.id,
        documentId: doc.id,
        start: placed.start,
        end: placed.end,
        ...quoteContext(text, placed.start, placed.end),
        codeIds,
        memo: memos.join('\n\n'),
        createdBy: coderId,
        createdAt,
        updatedBy: coderId,
        updatedAt,
        deleted: false,
      });
    });
  };
  const finish = (): W3cImportResult => {
    if (problems.length > 0) return fail(...problems.slice(0, 50));
    out.codes = codes.created;
    return { ok: true, ...out };
  };
  return { ok: true, total: parsed.length, place, finish };
}
