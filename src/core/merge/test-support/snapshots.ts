import { sampleProject } from '../../exchange/test-support/sample-project';
import { withRevision } from '../../model/revision';
import type { ProjectSnapshot } from '../../model/snapshot';
import type { Stamped } from '../../model/types';

/** The hand-made sample project as a snapshot (version 1 records: no revisions yet). */
export function sampleSnapshot(): ProjectSnapshot {
  const { exportedBy: _by, ...rest } = sampleProject();
  return { ...rest, purged: [], conflicts: [] };
}

/** `record` edited by `coder` at `at`, stamped as the change layer stamps edits. */
export function edited<T extends Stamped>(
  record: T,
  coder: string,
  at: string,
  change: Partial<T>,
): T {
  return withRevision(record, { ...record, ...change, updatedBy: coder, updatedAt: at });
}

/** A snapshot with one annotation replaced. */
export function withAnnotation(
  s: ProjectSnapshot,
  a: ProjectSnapshot['annotations'][number],
): ProjectSnapshot {
  return { ...s, annotations: s.annotations.map((x) => (x.id === a.id ? a : x)) };
}
