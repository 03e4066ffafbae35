import { parsePlainText } from '../../corpus/plain-text';
import type { ProjectSnapshot, SnapshotDocument } from '../../model/snapshot';
import type { Annotation, Id, Project, Timestamp } from '../../model/types';
import { decodeText } from '../../text/decode';
import { sha256Hex } from '../../text/hash';
import { annotationsFromSelections, type SelectionTally } from './annotations-from-selections';
import { codesFromQde } from './codes-from-qde';
import type { ImportReport } from './import-report';
import { describeNotCarried } from './not-carried';
import { placeSelections } from './positions';
import type { QdeProject, QdeTextSource } from './qde-model';
import { recordFactory } from './record-factory';
import { joinMemos } from './record-values';

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
 * Turns a read project or codebook into a ProjectSnapshot. Users become coders; the code tree
 * becomes codes (`codesFromQde`); each text source whose text is present becomes a document
 * (canonical text: BOM dropped, LF) whose selections are placed by `placeSelections` and become
 * annotations (`annotationsFromSelections`); notes become memos, and notes nobody references
 * join the project memo. Everything else is counted in the report.
 */
export async function toSnapshot(qde: QdeProject, options: ToSnapshotOptions): Promise<RefiImport> {
  const { now } = options;
  const factory = recordFactory(qde, now, options.newId);
  const projectId = options.newId();
  const { codes, idOfGuid } = codesFromQde(qde.codes, projectId, factory);
  const notCarried = describeNotCarried(qde);
  const report: ImportReport = {
    fileName: options.fileName,
    origin: qde.origin,
    carried: { documents: 0, codes: 0, annotations: 0, codings: 0, coders: 0, memos: 0 },
    placements: [],
    notCarried,
    defects: [],
  };
  const tally: SelectionTally = { outside: 0, empty: 0, missingCodes: 0 };
  const documents: SnapshotDocument[] = [];
  const annotations: Annotation[] = [];

  for (const source of qde.textSources) {
    const bytes = sourceText(source, options);
    const label = source.name || source.plainTextPath || source.guid;
    if (!bytes) {
      const n = source.selections.length;
      const lost =
        n === 0 ? '' : `, so its ${n === 1 ? 'selection' : `${n} selections`} could not be placed`;
      notCarried.push(`the text of "${label}" is missing from the file${lost}`);
      continue;
    }
    const decoded = decodeText(bytes);
    const text = decoded.text.replace(/\r\n?/g, '\n');
    const documentId = factory.uniqueId(source.guid);
    documents.push({
      id: documentId,
      projectId,
      name: source.name || baseName(source.plainTextPath ?? '') || 'Untitled',
      format: 'txt',
      text,
      ...parsePlainText(text),
      contentHash: await sha256Hex(text),
      byteSize: bytes.length,
      charCount: text.length,
      encoding: decoded.encoding,
      encodingFallback: decoded.fallback,
      importedAt: now,
      memo: factory.memoOf(source.description, source.noteRefs),
      ...(Object.keys(source.attributes).length > 0 ? { attributes: source.attributes } : {}),
      ...factory.stampsOf(source),
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
    const target = { projectId, documentId, text, spans: placement.spans, codeIdOfGuid: idOfGuid };
    annotations.push(...annotationsFromSelections(source.selections, target, factory, tally));
  }
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const defects = [
    ...(tally.outside
      ? [`${n(tally.outside, 'selection lies', 'selections lie')} outside the text and left out`]
      : []),
    ...(tally.empty
      ? [`${n(tally.empty, 'empty selection was', 'empty selections were')} left out`]
      : []),
    ...(tally.missingCodes
      ? [`${n(tally.missingCodes, 'coding points', 'codings point')} to codes that do not exist`]
      : []),
    ...qde.skipped.map((s) => `${s} could not be read`),
    ...report.placements
      .filter((p) => p.quoteMismatches > 0)
      .map(
        (p) =>
          `${n(p.quoteMismatches, 'selection', 'selections')} in "${p.document}" named differently from the text they select`,
      ),
  ];
  report.defects = defects;
  notCarried.push(
    ...defects.filter((d) => !d.endsWith('named differently from the text they select')),
  );

  const project: Project = {
    id: projectId,
    name: qde.name.trim()
      ? qde.name
      : baseName(options.fileName).replace(/\.[^.]+$/, '') || 'Imported project',
    memo: projectMemo(qde, factory.memoOf('', qde.projectNoteRefs), factory.referencedNotes),
    ...factory.stampsOf(qde, now),
  };
  report.carried = {
    documents: documents.length,
    codes: codes.length,
    annotations: annotations.length,
    codings: annotations.reduce((n, a) => n + a.codeIds.length, 0),
    coders: factory.coders.size,
    memos: [project, ...documents, ...codes, ...annotations].filter((r) => r.memo !== '').length,
  };
  const coders = [...factory.coders.values()];
  return { snapshot: { project, coders, documents, codes, annotations, purged: [] }, report };
}

/**
 * The project memo: the project's description and notes, then notes nothing references (kept
 * rather than lost; headed by their names unless there is only the one).
 */
function projectMemo(qde: QdeProject, projectNotes: string, referenced: Set<string>): string {
  const loose = qde.notes.filter((n) => !referenced.has(n.guid));
  const alone = loose.length === 1 && !qde.description && !projectNotes;
  return joinMemos([
    qde.description,
    projectNotes,
    ...loose.map((n) => (alone ? n.text : `${n.name}\n${n.text}`)),
  ]);
}

function sourceText(source: QdeTextSource, options: ToSnapshotOptions): Uint8Array | null {
  if (source.plainTextContent !== undefined)
    return new TextEncoder().encode(source.plainTextContent);
  return source.plainTextPath ? options.sourceBytes(source.plainTextPath) : null;
}

function baseName(path: string): string {
  return path.replace(/\\/g, '/').split('/').pop() ?? '';
}
