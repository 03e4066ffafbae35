import { withVersionCache } from '../model/revision';
import type { ProjectSnapshot } from '../model/snapshot';
import { combineSnapshots } from './combine';
import { diffSnapshots } from './diff-snapshots';
import { matchIncoming, type CodeMapping } from './match';
import { mergeReport } from './merge-report';
import type { MergeResult } from './merge-result';

/** Choices a user makes before a merge lands. */
export interface MergeOptions {
  /** For incoming codes that matched nothing (or the wrong code): map to a local code, or create. */
  codeMapping?: CodeMapping;
  /**
   * Told how far the merge has come, in records of both sides (documents, codes, annotations):
   * after each step (matching, joining, diffing, the report), weighted by its usual share of
   * the time, so a progress figure can say "Comparing 12,000 of 60,000 records".
   */
  onProgress?(done: number, total: number): void;
}

/** Records of a snapshot that a merge compares one by one. */
const recordCount = (s: ProjectSnapshot) =>
  s.documents.length + s.codes.length + s.annotations.length;

/**
 * Merges a teammate's snapshot (an imported exchange file) into the local project: the one pure
 * function behind importing into an existing project, the team folder and `marginalia merge`.
 * Incoming records are first matched to local ones (`matchIncoming`: documents by content hash,
 * codes by id, mapping, path and name), then the version sets are joined (`combineSnapshots`):
 * a descendant replaces its ancestor, concurrent edits keep the later one live and the other as a
 * conflict, purged records stay purged. The result is the merged snapshot, the changes that turn
 * the local project into it, and a report that accounts for every incoming record.
 *
 * Laws (property-tested in merge-laws.test.ts): merging the same file twice changes nothing;
 * on shared ids the order and grouping of merges do not matter. The local side's ids win where
 * the two sides name the same document or code differently, so with such matches the order
 * decides which id survives (the records are otherwise the same).
 */
export function mergeSnapshots(
  local: ProjectSnapshot,
  incoming: ProjectSnapshot,
  options: MergeOptions = {},
): MergeResult {
  // Every step asks for the same records' versions again: hash each record's content once.
  return withVersionCache(() => mergeOnce(local, incoming, options));
}

/** `mergeSnapshots`' steps, with versions remembered. */
function mergeOnce(
  local: ProjectSnapshot,
  incoming: ProjectSnapshot,
  options: MergeOptions,
): MergeResult {
  const total = recordCount(local) + recordCount(incoming);
  const step = (share: number) => options.onProgress?.(Math.round(total * share), total);
  step(0);
  const sameProject = local.project.id === incoming.project.id;
  const matched = matchIncoming(local, incoming, options.codeMapping);
  step(0.25);
  // Another project's record (its name, memo) does not replace this one's.
  const other = sameProject
    ? matched.incoming
    : {
        ...matched.incoming,
        project: local.project,
        conflicts: matched.incoming.conflicts.filter((c) => c.kind !== 'project'),
      };
  const snapshot = combineSnapshots(local, other);
  step(0.7);
  const changes = diffSnapshots(local, snapshot);
  step(0.85);
  const report = mergeReport(local, matched, snapshot, sameProject);
  step(1);
  return { snapshot, changes, report };
}
