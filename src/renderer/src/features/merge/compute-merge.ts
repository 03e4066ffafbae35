import { codeCycles } from '../../../../core/codebook/cycle-message';
import {
  changedTexts,
  mergeSnapshots,
  type ChangedText,
  type CodeMapping,
  type MergeChanges,
  type MergeReport,
} from '../../../../core/merge';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { PackedAnnotations } from '../../platform/packed-annotations';
import type { Id } from '../../../../core/model/types';

/** What computing a merge gives: the writes, the report, and texts that differ (re-anchoring). */
export interface ComputedMerge {
  changes: MergeChanges;
  report: MergeReport;
  changedTexts: ChangedText[];
  /** The target project's live codes with their paths (for the preview's code mapping). */
  localCodes: { id: Id; path: string }[];
  /**
   * Parent cycles the merged codebook would have (two coders moved codes under each other), in
   * the user's words ("Ada and Ben moved “X” and “Y” under each other; …"). Usually none.
   */
  codeCycles: string[];
}

/** A merge to compute: into which stored project, the incoming snapshot, the code mapping. */
export interface MergeJob {
  projectId: Id;
  incoming: ProjectSnapshot;
  codeMapping: CodeMapping;
}

/**
 * A merge job as posted to the merge worker: the incoming snapshot as it is, or without its
 * annotations and those packed apart (read packed from a file, see packed-annotations).
 */
export type PostedMergeJob = { id: number } & (
  | MergeJob
  | (Omit<MergeJob, 'incoming'> & {
      incoming: Omit<ProjectSnapshot, 'annotations'>;
      packedAnnotations: PackedAnnotations;
    })
);

/**
 * Record changes per message when the merge worker posts its result: each message is
 * deserialised on the UI thread in a task of its own, so 15,000 changed annotations (before and
 * after each) arrive as short tasks instead of one of 60-100 ms.
 */
export const RECORDS_PER_MESSAGE = 1000;

/**
 * What the merge worker posts: progress while it works, then the result's record changes in
 * parts (`records`, in order), then the result without them, or an error.
 */
export interface MergeWorkerReply {
  id: number;
  progress?: { done: number; total: number };
  records?: MergeChanges['records'];
  result?: ComputedMerge;
  error?: string;
}

/** Where a project is read from to be merged into. */
export interface MergeSource {
  readSnapshot(projectId: Id): Promise<ProjectSnapshot | undefined>;
}

/** The path of names of every live code ("Harm / Victims"), in codebook order. */
function livePaths(snapshot: ProjectSnapshot): { id: Id; path: string }[] {
  const byId = new Map(snapshot.codes.map((c) => [c.id, c]));
  const pathOf = (id: Id, seen = new Set<Id>()): string => {
    const code = byId.get(id);
    if (!code || seen.has(id)) return '';
    seen.add(id);
    const parent = code.parentId ? pathOf(code.parentId, seen) : '';
    return parent ? `${parent} / ${code.name}` : code.name;
  };
  return snapshot.codes
    .filter((c) => !c.deleted)
    .map((c) => ({ id: c.id, path: pathOf(c.id) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Reads the target project and merges the incoming snapshot into it (core `mergeSnapshots`),
 * returning only what the workbench needs (not the merged snapshot, nor the report's
 * per-record outcomes), telling `onProgress` how
 * many records it has compared. Runs in the merge worker for the workbench, or on the calling
 * thread in Node.
 */
export async function computeMerge(
  source: MergeSource,
  job: MergeJob,
  onProgress?: (done: number, total: number) => void,
): Promise<ComputedMerge> {
  const local = await source.readSnapshot(job.projectId);
  if (!local) throw new Error('The project to merge into could not be read from the database.');
  const result = mergeSnapshots(local, job.incoming, {
    codeMapping: job.codeMapping,
    ...(onProgress ? { onProgress } : {}),
  });
  const coders = new Map<Id, string>();
  for (const c of [...local.coders, ...job.incoming.coders, ...result.changes.coders])
    coders.set(c.id, c.name);
  return {
    codeCycles: codeCycles(result.snapshot.codes, (id) => coders.get(id)).map((c) => c.message),
    changes: result.changes,
    // What became of each incoming record is for core's tests and the CLI; the workbench shows
    // counts, and posting 100,000 outcomes from the worker cost the UI thread a long task.
    report: { ...result.report, outcomes: [] },
    changedTexts: changedTexts(local, job.incoming),
    localCodes: livePaths(local),
  };
}
