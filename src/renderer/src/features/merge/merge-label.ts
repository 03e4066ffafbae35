import type { KindCounts, MergeReport } from '../../../../core/merge';
import type { RecordKind } from '../../../../core/model/snapshot';

const NOUNS: Record<Exclude<RecordKind, 'project'>, [string, string]> = {
  annotation: ['annotation', 'annotations'],
  code: ['code', 'codes'],
  document: ['document', 'documents'],
};

const VERBS: (keyof Pick<KindCounts, 'new' | 'updated' | 'deleted'>)[] = [
  'new',
  'updated',
  'deleted',
];

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * What a merge brought, in users' words, per kind of record: "312 new annotations, 2 updated
 * codes, 4 conflicts" (or "nothing new"). The history entry, the preview and the notice say it.
 */
export function mergeWhat(report: MergeReport): string {
  const parts: string[] = [];
  for (const verb of VERBS) {
    for (const kind of ['annotation', 'code', 'document'] as const) {
      const n = report.counts[kind][verb];
      const [one, many] = NOUNS[kind];
      if (n > 0) parts.push(`${n} ${verb} ${n === 1 ? one : many}`);
    }
  }
  if (report.counts.project.updated > 0) parts.push('project details updated');
  const kinds = Object.values(report.counts);
  const conflicts = kinds.reduce((sum, c) => sum + c.conflict, 0);
  const purged = kinds.reduce((sum, c) => sum + c.purged, 0);
  if (conflicts > 0) parts.push(count(conflicts, ['conflict', 'conflicts']));
  if (purged > 0) parts.push(`${purged} purged`);
  return parts.length ? parts.join(', ') : 'nothing new';
}

/** The history entry of a merge: "Merged Ada's file: 312 new annotations, 4 conflicts". */
export function mergeLabel(sourceName: string, report: MergeReport): string {
  return `Merged ${sourceName}: ${mergeWhat(report)}`;
}

/** How a file is named in a merge's label: by its exporter ("Ada's file"), else by its name. */
export function sourceNameOf(fileName: string, exportedBy?: { name: string } | null): string {
  const name = exportedBy?.name.trim();
  return name ? `${name}'s file` : fileName;
}
