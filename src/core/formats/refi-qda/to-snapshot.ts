import { quoteContext } from '../../anchoring/quote-context';
import { parsePlainText } from '../../corpus/plain-text';
import type { ProjectSnapshot, SnapshotDocument } from '../../model/snapshot';
import type { Annotation, Code, Coder, Id, Project, Timestamp } from '../../model/types';
import { decodeText } from '../../text/decode';
import { sha256Hex } from '../../text/hash';
import { derivedGuid } from './guid';
import type { ImportReport } from './import-report';
import { placeSelections } from './positions';
import type { QdeCode, QdeProject, QdeStamps, QdeTextSource } from './qde-model';
import { joinMemos, toCodeColour, toTimestamp } from './record-values';
import { describeNotCarried } from './not-carried';

/** What the conversion needs from its caller: the clock, ids, and the archive's text files. */
export interface ToSnapshotOptions {
  fileName: string;
  now: Timestamp;
  newId: () => Id;
  /** The bytes of a source's plain text, found by its `plainTextPath`, or null when missing. */
  sourceBytes: (plainTextPath: string) => Uint8Array | null;
}

/** A REFI-QDA file as Marginalia records, with the report of what was and was not carried. */
export interface RefiImport {
  snapshot: ProjectSnapshot;
  report: ImportReport;
}

/**
 * Turns a read project or codebook into a ProjectSnapshot. Each text source becomes a document
 * (canonical text: BOM dropped, LF); its selections are placed by `placeSelections` and become
 * annotations, one per span and coder, carrying every code that coder applied there (NVivo writes
 * one selection per code on the same span; Marginalia keeps one annotation with several codes).
 * Users become coders; code, source, selection and project notes become memos (notes nobody
 * references join the project memo). Everything else is counted in the report.
 */
export async function toSnapshot(qde: QdeProject, options: ToSnapshotOptions): Promise<RefiImport> {
  const { now } = options;
  const notCarried = describeNotCarried(qde);
  const notes = new Map(qde.notes.map((n) => [n.guid, n.text]));
  const referenced = new Set<string>();
  const memoOf = (description: string, refs: readonly string[]) => {
    refs.forEach((r) => referenced.add(r));
    return joinMemos([description, ...refs.map((r) => notes.get(r) ?? '')]);
  };

  const coders = new Map<Id, Coder>();
  const projectCreated = toTimestamp(qde.creationDateTime, now);
  for (const u of qde.users) {
    if (!coders.has(u.guid))
      coders.set(u.guid, { id: u.guid, name: u.name, createdAt: projectCreated });
  }
  const defaultCoder = pickDefaultCoder(qde, coders, options);
  const coderOf = (guid: string | undefined): Id => {
    if (!guid) return defaultCoder;
    if (!coders.has(guid)) {
      coders.set(guid, {
        id: guid,
        name: `Unknown coder ${guid.slice(0, 8)}`,
        createdAt: projectCreated,
      });
    }
    return guid;
  };
  const stampsOf = (s: QdeStamps, fallbackTime = projectCreated) => {
    const createdBy = coderOf(s.creatingUser);
    const createdAt = toTimestamp(s.creationDateTime, fallbackTime);
    return {
      createdBy,
      createdAt,
      updatedBy: s.modifyingUser ? coderOf(s.modifyingUser) : createdBy,
      updatedAt: toTimestamp(s.modifiedDateTime, createdAt),
      deleted: false,
    };
  };

  const projectId = options.newId();
  const usedIds = new Set<string>();
  const uniqueId = (guid: string) => {
    let id = guid || options.newId();
    for (let n = 1; usedIds.has(id); n++) id = derivedGuid(`${guid}#${n}`);
    usedIds.add(id);
    return id;
  };

  const codes: Code[] = [];
  const codeIds = new Map<string, Id>();
  const addCodes = (list: readonly QdeCode[], parentId: Id | null) => {
    list.forEach((c, order) => {
      const id = uniqueId(c.guid);
      if (!codeIds.has(c.guid)) codeIds.set(c.guid, id);
      codes.push({
        id,
        projectId,
        parentId,
        name: c.name.trim() ? c.name : 'Unnamed code',
        color: toCodeColour(c.color, codes),
        description: c.description,
        hotkey: null,
        order,
        memo: memoOf('', c.noteRefs),
        ...stampsOf({}),
      });
      addCodes(c.children, id);
    });
  };
  addCodes(qde.codes, null);

  const documents: SnapshotDocument[] = [];
  const annotations: Annotation[] = [];
  const report: ImportReport = {
    fileName: options.fileName,
    origin: qde.origin,
    carried: { documents: 0, codes: codes.length, annotations: 0, codings: 0, coders: 0, memos: 0 },
    placements: [],
    notCarried,
  };
  let missingCodeRefs = 0;
  let emptySelections = 0;
  let outside = 0;

  for (const source of qde.textSources) {
    const bytes = sourceText(source, options);
    const label = source.name || source.plainTextPath || source.guid;
    if (!bytes) {
      notCarried.push(
        `the text of "${label}" is missing from the file${source.selections.length ? `, so its ${source.selections.length === 1 ? 'selection' : `${source.selections.length} selections`} could not be placed` : ''}`,
      );
      continue;
    }
    const decoded = decodeText(bytes);
    const text = decoded.text.replace(/\r\n?/g, '\n');
    const documentId = uniqueId(source.guid);
    const structure = parsePlainText(text);
    documents.push({
      id: documentId,
      projectId,
      name: source.name || baseName(source.plainTextPath ?? '') || 'Untitled',
      format: 'txt',
      text,
      blocks: structure.blocks,
      marks: structure.marks,
      contentHash: await sha256Hex(text),
      byteSize: bytes.length,
      charCount: text.length,
      encoding: decoded.encoding,
      encodingFallback: decoded.fallback,
      importedAt: now,
      memo: memoOf(source.description, source.noteRefs),
      ...stampsOf(source),
    });
    if (source.selections.length === 0) continue;
    const placement = placeSelections(decoded.text, source.selections);
    report.placements.push({
      document: label,
      selections: source.selections.length,
      convention: placement.convention,
      evidence: placement.evidence,
      quoteMismatches: placement.quoteMismatches,
    });
    const bySpan = new Map<string, Annotation>();
    source.selections.forEach((sel, k) => {
      const span = placement.spans[k];
      if (!span) return void outside++;
      if (span.end <= span.start) return void emptySelections++;
      const memo = memoOf(sel.description, sel.noteRefs);
      const groups = new Map<Id, { id: string; codeIds: Id[] }>();
      const selCoder = coderOf(sel.creatingUser);
      if (sel.codings.length === 0) groups.set(selCoder, { id: sel.guid, codeIds: [] });
      for (const coding of sel.codings) {
        const codeId = codeIds.get(coding.codeGuid);
        if (!codeId) {
          missingCodeRefs++;
          continue;
        }
        const coder = coding.creatingUser ? coderOf(coding.creatingUser) : selCoder;
        const group = groups.get(coder) ?? {
          id: groups.size === 0 ? sel.guid : coding.guid,
          codeIds: [],
        };
        groups.set(coder, group);
        if (!group.codeIds.includes(codeId)) group.codeIds.push(codeId);
      }
      for (const [coder, group] of groups) {
        const key = `${span.start}:${span.end}:${coder}`;
        const existing = bySpan.get(key);
        if (existing) {
          for (const id of group.codeIds)
            if (!existing.codeIds.includes(id)) existing.codeIds.push(id);
          existing.memo = joinMemos([existing.memo, memo]);
          continue;
        }
        const stamps = stampsOf(sel);
        const annotation: Annotation = {
          id: uniqueId(group.id),
          projectId,
          documentId,
          start: span.start,
          end: span.end,
          ...quoteContext(text, span.start, span.end),
          codeIds: group.codeIds,
          memo,
          ...stamps,
          createdBy: coder,
          updatedBy: stamps.updatedBy === stamps.createdBy ? coder : stamps.updatedBy,
        };
        bySpan.set(key, annotation);
        annotations.push(annotation);
      }
    });
  }
  if (outside) notCarried.push(`${outside} selections lie outside their text and were left out`);
  if (emptySelections) notCarried.push(`${emptySelections} empty selections were left out`);
  if (missingCodeRefs)
    notCarried.push(`${missingCodeRefs} codings point to codes that do not exist`);
  for (const s of qde.skipped) notCarried.push(`${s} could not be read`);

  const loose = qde.notes.filter(
    (n) => !referenced.has(n.guid) && !qde.projectNoteRefs.includes(n.guid),
  );
  const projectMemo = joinMemos([
    qde.description,
    ...qde.projectNoteRefs.map((r) => notes.get(r) ?? ''),
    ...loose.map((n) => (loose.length === 1 && !qde.description ? n.text : `${n.name}\n${n.text}`)),
  ]);
  const projectStamps = stampsOf(
    {
      creatingUser: qde.creatingUser,
      creationDateTime: qde.creationDateTime,
      modifyingUser: qde.modifyingUser,
      modifiedDateTime: qde.modifiedDateTime,
    },
    now,
  );
  const project: Project = {
    id: projectId,
    name: qde.name.trim()
      ? qde.name
      : baseName(options.fileName).replace(/\.[^.]+$/, '') || 'Imported project',
    memo: projectMemo,
    ...projectStamps,
  };
  const memoCount = [project, ...documents, ...codes, ...annotations].filter(
    (r) => r.memo !== '',
  ).length;
  report.carried = {
    documents: documents.length,
    codes: codes.length,
    annotations: annotations.length,
    codings: annotations.reduce((n, a) => n + a.codeIds.length, 0),
    coders: coders.size,
    memos: memoCount,
  };
  return {
    snapshot: { project, coders: [...coders.values()], documents, codes, annotations, purged: [] },
    report,
  };
}

function pickDefaultCoder(qde: QdeProject, coders: Map<Id, Coder>, options: ToSnapshotOptions): Id {
  if (qde.creatingUser && coders.has(qde.creatingUser)) return qde.creatingUser;
  const first = coders.keys().next();
  if (!first.done) return first.value;
  const id = options.newId();
  coders.set(id, {
    id,
    name: qde.origin ? `Imported from ${qde.origin}` : 'Imported',
    createdAt: toTimestamp(qde.creationDateTime, options.now),
  });
  return id;
}

function sourceText(source: QdeTextSource, options: ToSnapshotOptions): Uint8Array | null {
  if (source.plainTextContent !== undefined)
    return new TextEncoder().encode(source.plainTextContent);
  return source.plainTextPath ? options.sourceBytes(source.plainTextPath) : null;
}

function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? '';
}
