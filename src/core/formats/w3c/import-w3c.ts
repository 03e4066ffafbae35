import { offsetConverter } from '../../anchoring/code-points';
import { quoteContext } from '../../anchoring/quote-context';
import { created } from '../../model/stamp';
import { nextColor } from '../../codebook/palette';
import type { ProjectSnapshot, SnapshotDocument } from '../../model/snapshot';
import type { Annotation, Code, Coder, Id, Timestamp } from '../../model/types';
import { codePaths } from '../shared/code-paths';
import { anchorSelectors, type SelectorTarget } from './anchor-selectors';
import { W3C_PATH_SEPARATOR } from './export-w3c';
import { w3cAnnotationSchema, type W3cAnnotation } from './w3c-types';

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
const urnTail = (value: string | undefined, prefix: string): string | null =>
  value?.startsWith(prefix) ? value.slice(prefix.length) : null;

/** The annotation objects of a file: a list, a page, a collection with a first page, or one. */
function annotationList(json: unknown): unknown[] | null {
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
  const fail = (...problems: string[]): W3cImportResult => ({ ok: false, problems });
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
  const converters = new Map<Id, ReturnType<typeof offsetConverter>>();
  const converterFor = (id: Id, text: string) => {
    let converter = converters.get(id);
    if (!converter) converters.set(id, (converter = offsetConverter(text)));
    return converter;
  };

  parsed.forEach((w, index) => {
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
      const placed = anchorSelectors(text, anchorTarget);
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
  });

  if (problems.length > 0) return fail(...problems.slice(0, 50));
  out.codes = codes.created;
  return { ok: true, ...out };
}

/** The document a target's source names: by content hash URN, then by label or name. */
function findDocument(
  documents: SnapshotDocument[],
  source: unknown,
): SnapshotDocument | undefined {
  const id = typeof source === 'string' ? source : (source as { id?: string }).id;
  const label =
    typeof source === 'object' && source !== null
      ? (source as { label?: string }).label
      : undefined;
  const hash = urnTail(id, 'urn:sha256:');
  return (
    (hash ? documents.find((d) => d.contentHash === hash) : undefined) ??
    (label ? documents.find((d) => d.name === label) : undefined) ??
    (documents.length === 1 ? documents[0] : undefined)
  );
}

/** Who made an annotation: a known coder by URN, or a new coder named after `creator`. */
function resolveCoder(
  creator: W3cAnnotation['creator'],
  known: Map<Id, Coder>,
  added: Coder[],
  ctx: W3cImportContext,
): Id {
  if (creator === undefined) return ctx.coderId;
  const ref = typeof creator === 'string' ? creator : creator.id;
  const name =
    typeof creator === 'string' ? creator : (creator.name ?? creator.id ?? 'Unknown coder');
  const id =
    urnTail(ref, 'urn:marginalia:coder:') ??
    (ref && ref.length <= 200 ? ref : null) ??
    `w3c:${name.slice(0, 150)}`;
  if (!known.has(id)) {
    const coder: Coder = { id, name: name.slice(0, 1000), createdAt: ctx.now };
    known.set(id, coder);
    added.push(coder);
  }
  return id;
}

/** Maps tagging bodies to codes: by id, then by path of names (case-insensitive), else new. */
class CodeResolver {
  readonly created: Code[] = [];
  private readonly byId: Map<Id, Code>;
  private readonly byPath = new Map<string, Code>();

  constructor(
    private readonly codes: readonly Code[],
    private readonly ctx: W3cImportContext,
  ) {
    this.byId = new Map(codes.filter((c) => !c.deleted).map((c) => [c.id, c]));
    for (const [id, path] of codePaths(codes)) {
      const code = this.byId.get(id);
      if (code) this.byPath.set(key(path), code);
    }
  }

  resolve(value: string, bodyId: string | undefined): Id {
    const own = urnTail(bodyId, 'urn:marginalia:code:');
    if (own && this.byId.has(own)) return own;
    const names = value
      .split(W3C_PATH_SEPARATOR.trim())
      .map((n) => n.trim())
      .filter(Boolean);
    let parentId: Id | null = null;
    let code: Code | undefined;
    for (let depth = 0; depth < names.length; depth++) {
      const path = names.slice(0, depth + 1);
      code = this.byPath.get(key(path));
      if (!code) {
        code = {
          id: this.ctx.newId(),
          projectId: this.ctx.snapshot.project.id,
          parentId,
          name: names[depth] as string,
          color: nextColor([...this.codes, ...this.created]),
          description: '',
          hotkey: null,
          order: this.created.length + this.codes.length,
          memo: '',
          ...created(this.ctx.coderId, this.ctx.now),
        };
        this.created.push(code);
        this.byPath.set(key(path), code);
        this.byId.set(code.id, code);
      }
      parentId = code.id;
    }
    return (code as Code).id;
  }
}

const key = (path: readonly string[]): string =>
  path.map((n) => n.trim().toLowerCase()).join('\u0000');
