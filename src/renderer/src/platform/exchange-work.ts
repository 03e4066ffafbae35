import {
  exportProject,
  exportProjectParts,
  parseExchangeFile,
  verifyContentHashes,
  type ExportOptions,
  type ImportProblem,
} from '../../../core/exchange';
import type { ExchangeFile } from '../../../core/exchange';
import { copyProject } from '../../../core/backup/copy-project';
import { newId } from '../../../core/ids/new-id';
import type { ProjectSnapshot, PurgedRecord } from '../../../core/model/snapshot';
import type { Project } from '../../../core/model/types';
import type { LongWriteOptions } from '../../../core/repository/repository';
import { ProjectExistsError, type Storage } from '../storage';
import {
  packedAnnotationsOf,
  splitAnnotations,
  withPackedAnnotations,
  type PackedAnnotations,
} from './packed-annotations';

/** What an export needs: the project, who exports it, what to include, when. */
export interface ExportRequest {
  snapshot: ProjectSnapshot;
  exportedBy: { coderId: string; name: string };
  options: ExportOptions;
  now: string;
}

/** An export of a stored project: read where the export is written (in the worker, if any). */
export type ProjectExportRequest = Omit<ExportRequest, 'snapshot'> & { projectId: string };

/** Where a project is read from for an export. */
export type SnapshotSource = {
  readSnapshot(projectId: string): Promise<ProjectSnapshot | undefined>;
};

/** How far a long piece of work has come: `done` of `total` (records, documents). */
export type ProgressListener = (done: number, total: number) => void;

/** Reads a stored project and writes its exchange file text. */
export async function exportStoredProject(
  source: SnapshotSource,
  request: ProjectExportRequest,
): Promise<string> {
  return (await exportStoredParts(source, request)).join('');
}

/**
 * Reads a stored project and writes its exchange file as many small strings (for a Blob: the
 * file is never one string), telling `onProgress` how many records it has written of how many.
 */
export async function exportStoredParts(
  source: SnapshotSource,
  request: ProjectExportRequest,
  onProgress?: ProgressListener,
): Promise<string[]> {
  const snapshot = await source.readSnapshot(request.projectId);
  if (!snapshot) throw new Error('The project could not be read from the database.');
  return exportProjectParts(
    { ...snapshot, exportedBy: request.exportedBy },
    request.options,
    request.now,
    onProgress,
  );
}

/** The UTF-8 bytes of an exchange file's parts (a backup as it is written to disk). */
export async function encodeParts(parts: string[]): Promise<Uint8Array> {
  return new Uint8Array(await new Blob(parts).arrayBuffer());
}

/** The text of an exchange file however it was handed over (text, or a worker's Blob). */
export function exchangeText(content: string | Blob): Promise<string> {
  return typeof content === 'string' ? Promise.resolve(content) : content.text();
}

/** A read exchange file: valid (every text matching its hash) or the problems, located. */
export type ReadExchangeResult =
  { ok: true; data: ExchangeFile } | { ok: false; problems: ImportProblem[] };

/** Writes the exchange file text (JSON) for a project: the long part of an export or a backup. */
export function writeExchangeText(request: ExportRequest): string {
  return exportProject(
    { ...request.snapshot, exportedBy: request.exportedBy },
    request.options,
    request.now,
  );
}

/** Parses and validates an exchange file, and checks each text against its content hash. */
export async function readExchangeText(
  fileName: string,
  text: string,
): Promise<ReadExchangeResult> {
  const parsed = parseExchangeFile(fileName, text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const problems = await verifyContentHashes(parsed.data.documents);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, data: parsed.data };
}

/** Where an import lands a new project: the profile's database (see storage/staged-import). */
export type ImportTarget = Pick<
  Storage,
  'writeProjectStaged' | 'listProjects' | 'listDocuments' | 'listPurged'
>;

/** What importing an exchange file as a new project came to. */
export type ImportExchangeResult =
  | { kind: 'invalid'; problems: ImportProblem[] }
  /** Exported without document texts: nothing to read them from. */
  | { kind: 'no-texts'; missing: number }
  /**
   * The profile has this project, or a live project shares a document text with it: nothing
   * written; the file's data for the caller, to offer the merge.
   */
  | { kind: 'known'; data: ExchangeFile }
  /** Landed whole: the project row and how many live records came in. */
  | {
      kind: 'imported';
      project: Project;
      live: { documents: number; codes: number; annotations: number };
      /** The file's project was purged here: it came in as a copy with new ids. */
      purgedOriginal?: PurgedRecord;
    };

/** A valid exchange file's records as the snapshot a project is written from. */
export function exchangeSnapshot(data: ExchangeFile): ProjectSnapshot {
  const rest = {
    project: data.project,
    coders: data.coders,
    documents: data.documents,
    codes: data.codes,
    purged: data.purged ?? [],
    conflicts: data.conflicts ?? [],
  };
  // Annotations still packed (see packed-annotations) stay packed in the snapshot.
  const packed = packedAnnotationsOf(data);
  return packed
    ? withPackedAnnotations<ProjectSnapshot>(rest, packed)
    : { ...rest, annotations: data.annotations };
}

/**
 * Whether the profile knows the file's project: has it (in the trash too), or a live project
 * shares a document text with it (two coders who both started from the sample corpus). The same
 * test as the merge's `shouldOfferMerge`, made where the file is, so a new project never crosses
 * threads.
 */
async function knownToProfile(
  target: ImportTarget,
  data: ExchangeFile,
): Promise<'has-project' | 'shares-texts' | null> {
  const projects = await target.listProjects();
  if (projects.some((p) => p.id === data.project.id)) return 'has-project';
  const hashes = new Set(data.documents.map((d) => d.contentHash));
  for (const p of projects) {
    if (p.deleted) continue;
    const docs = await target.listDocuments(p.id);
    if (docs.some((d) => !d.deleted && hashes.has(d.contentHash))) return 'shares-texts';
  }
  return null;
}

/** How an exchange file is imported: cancel and progress, and whether the merge was declined. */
export type ImportOptions = LongWriteOptions & {
  /**
   * The user declined to merge a file that shares texts with a project here: it comes in as a
   * new project all the same (a profile that has the file's project still refuses it).
   */
  asNewProject?: boolean;
};

/**
 * Reads, checks and writes an exchange file as a new project, all where it runs (the exchange
 * worker: the records never cross to the UI thread). The write is staged: it lands whole or not
 * at all (see `writeProjectStaged`).
 */
export async function importExchangeText(
  fileName: string,
  source: string | Blob,
  target: ImportTarget,
  options: ImportOptions = {},
): Promise<ImportExchangeResult> {
  const text = await exchangeText(source);
  options.signal?.throwIfAborted();
  const read = await readExchangeText(fileName, text);
  if (!read.ok) return { kind: 'invalid', problems: read.problems };
  const { data } = read;
  const known = await knownToProfile(target, data);
  if (known === 'has-project' || (known === 'shares-texts' && !options.asNewProject))
    return { kind: 'known', data };
  const missing = data.documents.filter((d) => typeof d.text !== 'string').length;
  if (missing > 0) return { kind: 'no-texts', missing };
  options.signal?.throwIfAborted();
  // A project purged here keeps a tombstone so its file never brings it back under its id:
  // what the user picked comes in as a separate copy instead.
  const purgedOriginal = (await target.listPurged(data.project.id)).find(
    (p) => p.kind === 'project',
  );
  const snapshot = purgedOriginal
    ? copyProject(exchangeSnapshot(data), newId, `${data.project.name} (copy)`)
    : exchangeSnapshot(data);
  try {
    const { asNewProject: _asNewProject, ...write } = options;
    await target.writeProjectStaged(snapshot, write);
  } catch (error) {
    // Landed meanwhile (another window): the merge's turn.
    if (error instanceof ProjectExistsError) return { kind: 'known', data };
    throw error;
  }
  const live = <T extends { deleted: boolean }>(list: T[]) => list.filter((r) => !r.deleted).length;
  return {
    kind: 'imported',
    project: snapshot.project,
    ...(purgedOriginal ? { purgedOriginal } : {}),
    live: {
      documents: live(data.documents),
      codes: live(data.codes),
      annotations: live(data.annotations),
    },
  };
}

/** A worker's result holding a valid file's `data`, as posted: its annotations packed apart. */
interface PostedData {
  data: Omit<ExchangeFile, 'annotations'>;
  packedAnnotations: PackedAnnotations;
}

/**
 * A result holding a file's `data` (a read file, a known project's file) as the exchange worker
 * posts it: the annotations packed into one buffer to transfer (see packed-annotations), so
 * 100,000 of them are never cloned into the UI thread. Other results are posted as they are.
 */
export function postedResult(result: unknown): { message: unknown; transfer: Transferable[] } {
  if (!result || typeof result !== 'object' || !('data' in result))
    return { message: result, transfer: [] };
  const { data, ...others } = result as { data: ExchangeFile };
  if (!data || !Array.isArray(data.annotations)) return { message: result, transfer: [] };
  const { rest, packed } = splitAnnotations(data);
  const message = { ...others, data: rest, packedAnnotations: packed } satisfies PostedData;
  return { message, transfer: [packed.bytes.buffer] };
}

/**
 * A result as posted by `postedResult`, with its file's annotations unpacked the first time
 * they are read (a merge hands them to the merge worker still packed).
 */
export function receivedResult<T>(posted: T): T {
  if (!posted || typeof posted !== 'object' || !('packedAnnotations' in posted)) return posted;
  const { data, packedAnnotations, ...others } = posted as unknown as PostedData;
  return { ...others, data: withPackedAnnotations<ExchangeFile>(data, packedAnnotations) } as T;
}
