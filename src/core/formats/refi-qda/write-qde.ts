import type { WriteProgress } from '../registry-types';
import { offsetConverter, type OffsetConverter } from '../../anchoring/code-points';
import { splitsSurrogatePair } from '../../anchoring/span';
import type { ProjectSnapshot } from '../../model/snapshot';
import type { Code, Id, Stamped } from '../../model/types';
import { exportView, type ExportView } from './export-model';
import { derivedGuid, guidFor } from './guid';
import { XmlWriter, type Attrs } from './xml-writer';

/** A project written as REFI-QDA: the `project.qde` text and each source's plain text by path. */
export interface QdeExport {
  qde: string;
  /** Archive path (`sources/<guid>.txt`) → canonical text (UTF-8, LF, no BOM). */
  sources: Map<string, string>;
  warnings: string[];
}

interface MemoNote {
  guid: string;
  name: string;
  text: string;
  by: Id;
  at: string;
}

/** How to write a project. */
export interface QdeOptions {
  /**
   * Put each text inside its source (`PlainTextContent`) instead of a file beside the XML: for a
   * bare `.qde`, which has no archive to hold files.
   */
  inlineTexts?: boolean;
  /** Hears each text source written, of all. */
  onProgress?: WriteProgress;
}

/** The tool name written to `origin`. */
export const ORIGIN = 'Marginalia';

/**
 * Writes a snapshot as a REFI-QDA 1.0 project. Users are the coders (plus anyone a record names
 * who is not one); the codebook keeps hierarchy, colours and descriptions, code memos become
 * notes; each live document is a text source whose selections count Unicode code points and
 * carry their quote as `name`; each annotation gives one coding per code, made by its coder;
 * annotation, document and project memos are notes. Elements follow the schema's order.
 */
export function writeQde(snapshot: ProjectSnapshot, options: QdeOptions = {}): QdeExport {
  const view = exportView(snapshot);
  const byDocument = new Map<Id, typeof view.annotations>();
  for (const a of view.annotations) {
    const list = byDocument.get(a.documentId) ?? [];
    list.push(a);
    byDocument.set(a.documentId, list);
  }
  const notes: MemoNote[] = [];
  const noteFor = (kind: string, record: Stamped & { memo: string }, name: string) => {
    if (record.memo === '') return undefined;
    const guid = derivedGuid(`memo:${kind}:${record.id}`);
    notes.push({ guid, name, text: record.memo, by: record.updatedBy, at: record.updatedAt });
    return guid;
  };
  const users = usersOf(snapshot, view);
  const w = new XmlWriter();
  const p = snapshot.project;
  w.open('Project', [
    ['xmlns', 'urn:QDA-XML:project:1.0'],
    ['name', p.name],
    ['origin', ORIGIN],
    ['creatingUserGUID', guidFor(p.createdBy)],
    ['creationDateTime', p.createdAt],
    ['modifyingUserGUID', guidFor(p.updatedBy)],
    ['modifiedDateTime', p.updatedAt],
  ]);
  if (users.size > 0) {
    w.open('Users');
    for (const [id, name] of users)
      w.empty('User', [
        ['guid', guidFor(id)],
        ['name', name],
      ]);
    w.close('Users');
  }
  if (view.childrenOf.get(null)?.length) {
    w.open('CodeBook').open('Codes');
    writeCodes(w, view, null, new Set(), (code) =>
      noteFor('code', code, `Memo on code "${code.name}"`),
    );
    w.close('Codes').close('CodeBook');
  }
  // Document attributes as Text variables, one per name, before Sources as the schema orders them.
  const variableNames = [
    ...new Set(view.documents.flatMap((d) => Object.keys(d.attributes ?? {}))),
  ].sort();
  const variableGuid = (name: string) => derivedGuid(`variable:${name}`);
  if (variableNames.length > 0) {
    w.open('Variables');
    for (const name of variableNames)
      w.empty('Variable', [
        ['guid', variableGuid(name)],
        ['name', name],
        ['typeOfVariable', 'Text'],
      ]);
    w.close('Variables');
  }
  const sources = new Map<string, string>();
  if (view.documents.length > 0) {
    w.open('Sources');
    for (const [written, d] of view.documents.entries()) {
      options.onProgress?.(written, view.documents.length);
      const guid = guidFor(d.id);
      const path = `${guid}.txt`;
      if (!options.inlineTexts) sources.set(`sources/${path}`, d.text);
      w.open('TextSource', [
        ['guid', guid],
        ['name', d.name],
        ['plainTextPath', options.inlineTexts ? undefined : `internal://${path}`],
        ...stampAttrs(d),
      ]);
      if (options.inlineTexts) w.text('PlainTextContent', d.text);
      const cp = offsetConverter(d.text);
      for (const a of byDocument.get(d.id) ?? []) {
        const memo = noteFor('annotation', a, `Memo on "${a.quote.slice(0, 40)}"`);
        const range = codePointRange(cp, d.text, a.start, a.end);
        w.open('PlainTextSelection', [
          ['guid', guidFor(a.id)],
          ['name', range.quote],
          ['startPosition', String(range.start)],
          ['endPosition', String(range.end)],
          ...stampAttrs(a),
        ]);
        for (const codeId of a.codeIds) {
          w.open('Coding', [
            ['guid', derivedGuid(`coding:${a.id}:${codeId}`)],
            ['creatingUser', guidFor(a.createdBy)],
            ['creationDateTime', a.createdAt],
          ]);
          w.empty('CodeRef', [['targetGUID', guidFor(codeId)]]);
          w.close('Coding');
        }
        if (memo) w.empty('NoteRef', [['targetGUID', memo]]);
        w.close('PlainTextSelection');
      }
      const memo = noteFor('document', d, `Memo on document "${d.name}"`);
      if (memo) w.empty('NoteRef', [['targetGUID', memo]]);
      for (const [name, value] of Object.entries(d.attributes ?? {}).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      )) {
        w.open('VariableValue');
        w.empty('VariableRef', [['targetGUID', variableGuid(name)]]);
        w.text('TextValue', value);
        w.close('VariableValue');
      }
      w.close('TextSource');
    }
    w.close('Sources');
  }
  const projectNote = noteFor('project', p, 'Project memo');
  if (notes.length > 0) {
    w.open('Notes');
    for (const n of notes) {
      w.open('Note', [
        ['guid', n.guid],
        ['name', n.name],
        ['creatingUser', guidFor(n.by)],
        ['creationDateTime', n.at],
      ]);
      w.text('PlainTextContent', n.text);
      w.close('Note');
    }
    w.close('Notes');
  }
  if (projectNote) w.empty('NoteRef', [['targetGUID', projectNote]]);
  w.close('Project');
  return { qde: w.toString(), sources, warnings: view.warnings };
}

/**
 * An annotation's span in code points. A span whose end cuts a surrogate pair (Marginalia allows
 * it; code points cannot say it) is widened to the whole character at both ends, and the quote
 * is the text of the widened range, so `name` always equals the range it describes.
 */
function codePointRange(cp: OffsetConverter, text: string, start: number, end: number) {
  const startCp = cp.toCodePoint(start); // rounds down inside a pair
  const endCp = cp.toCodePoint(end) + (splitsSurrogatePair(text, end) ? 1 : 0);
  return {
    start: startCp,
    end: endCp,
    quote: text.slice(cp.toUtf16(startCp), cp.toUtf16(endCp)),
  };
}

function stampAttrs(r: Stamped): Attrs {
  return [
    ['creatingUser', guidFor(r.createdBy)],
    ['creationDateTime', r.createdAt],
    ['modifyingUser', guidFor(r.updatedBy)],
    ['modifiedDateTime', r.updatedAt],
  ];
}

/** Coders by id, plus a user for every coder id a written record names that has no record. */
function usersOf(snapshot: ProjectSnapshot, view: ExportView): Map<Id, string> {
  const users = new Map<Id, string>(snapshot.coders.map((c) => [c.id, c.name]));
  const named: Stamped[] = [snapshot.project, ...view.documents, ...view.annotations];
  for (const list of view.childrenOf.values()) named.push(...list);
  for (const r of named) {
    for (const id of [r.createdBy, r.updatedBy]) if (!users.has(id)) users.set(id, id);
  }
  return users;
}

/** Writes the codes under `parent`, depth first; `seen` guards against a parent cycle. */
export function writeCodes(
  w: XmlWriter,
  view: Pick<ExportView, 'childrenOf'>,
  parent: Id | null,
  seen: Set<Id>,
  noteFor?: (code: Code) => string | undefined,
): void {
  for (const code of view.childrenOf.get(parent) ?? []) {
    if (seen.has(code.id)) continue;
    seen.add(code.id);
    const memo = noteFor?.(code);
    const kids = view.childrenOf.get(code.id) ?? [];
    const attrs: Attrs = [
      ['guid', guidFor(code.id)],
      ['name', code.name],
      ['isCodable', 'true'],
      ['color', code.color.toUpperCase()],
    ];
    if (!code.description && !memo && kids.length === 0) {
      w.empty('Code', attrs);
      continue;
    }
    w.open('Code', attrs);
    if (code.description) w.text('Description', code.description);
    if (memo) w.empty('NoteRef', [['targetGUID', memo]]);
    writeCodes(w, view, code.id, seen, noteFor);
    w.close('Code');
  }
}
