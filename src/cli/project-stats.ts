import { codePaths } from '../core/formats/shared/code-paths';
import type { ProjectSnapshot } from '../core/model/snapshot';

/** What `marginalia stats` reports about a project (records in the trash are not counted). */
export interface ProjectStats {
  project: string;
  documents: number;
  codes: number;
  coders: number;
  annotations: number;
  /** Annotations per code, by the code's path (`Parent > Child`), most used first. */
  annotationsPerCode: { code: string; annotations: number }[];
  /** Annotations per coder, by name, most active first. */
  annotationsPerCoder: { coder: string; annotations: number }[];
}

/** Counts a snapshot's live documents, codes, coders and annotations, per code and per coder. */
export function projectStats(snapshot: ProjectSnapshot): ProjectStats {
  const documents = snapshot.documents.filter((d) => !d.deleted);
  const liveDocs = new Set(documents.map((d) => d.id));
  const codes = snapshot.codes.filter((c) => !c.deleted);
  const paths = codePaths(snapshot.codes);
  const annotations = snapshot.annotations.filter((a) => !a.deleted && liveDocs.has(a.documentId));
  const perCode = new Map(codes.map((c) => [c.id, 0]));
  const perCoder = new Map<string, number>();
  for (const a of annotations) {
    for (const id of a.codeIds) if (perCode.has(id)) perCode.set(id, (perCode.get(id) ?? 0) + 1);
    perCoder.set(a.createdBy, (perCoder.get(a.createdBy) ?? 0) + 1);
  }
  const names = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  const byCount =
    <T extends { annotations: number }>(key: (x: T) => string) =>
    (a: T, b: T) =>
      b.annotations - a.annotations || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    project: snapshot.project.name,
    documents: documents.length,
    codes: codes.length,
    coders: new Set([...snapshot.coders.map((c) => c.id), ...perCoder.keys()]).size,
    annotations: annotations.length,
    annotationsPerCode: [...perCode]
      .map(([id, n]) => ({ code: (paths.get(id) ?? [id]).join(' > '), annotations: n }))
      .sort(byCount((x) => x.code)),
    annotationsPerCoder: [...perCoder]
      .map(([id, n]) => ({ coder: names.get(id) ?? id, annotations: n }))
      .sort(byCount((x) => x.coder)),
  };
}
