import { changedId, versionOf, type AnyRecord, type ChangeSet } from '../changes/change-set';
import { StaleWriteError } from '../changes/stale-write-error';
import { compareConflicts, conflictKey } from '../merge/combine';
import type { Orphan } from '../anchoring/reanchor/orphan';
import type { RecordConflict } from '../model/conflict';
import type { ProjectSnapshot, PurgedRecord, RecordKind } from '../model/snapshot';
import type { Coder, CorpusDocument, Id, Project } from '../model/types';
import { referencedCoderIds, snapshotProblem } from './snapshot-checks';
import type { DocumentBodyRecord, LongWriteOptions, Repository, StoredRecord } from './repository';

/** One project's records in memory. */
interface ProjectRows {
  project: Project;
  records: Record<Exclude<RecordKind, 'project'>, Map<Id, AnyRecord>>;
  bodies: Map<Id, DocumentBodyRecord>;
  purged: PurgedRecord[];
  /** Unresolved merge conflicts by `conflictKey`. */
  conflicts: Map<string, RecordConflict>;
  /** Re-anchoring orphans kept for the user, by id. */
  orphans: Map<Id, Orphan>;
}

const BODY_FIELDS = ['text', 'blocks', 'marks'] as const;

/** A document record without its body fields (what listings return). */
function withoutBody<T extends object>(record: T): T {
  if (!('text' in record)) return record;
  const copy = { ...record } as Record<string, unknown>;
  for (const field of BODY_FIELDS) delete copy[field];
  return copy as T;
}

/** Orphans in id order. */
const byOrphanId = (a: Orphan, b: Orphan) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The repository in plain memory: what the CLI, workers and tests run commands against. Holds
 * copies (structuredClone) so callers can never change stored records by mutating their own.
 */
export class MemoryRepository implements Repository {
  private readonly projects = new Map<Id, ProjectRows>();
  private readonly coders = new Map<Id, Coder>();
  /** Tombstones of purged projects (their rows are gone), by project id. */
  private readonly purgedProjects = new Map<Id, PurgedRecord[]>();

  private rows(projectId: Id): ProjectRows | undefined {
    return this.projects.get(projectId);
  }

  async listProjects(): Promise<Project[]> {
    return [...this.projects.values()].map((p) => structuredClone(p.project));
  }

  async listRecords<K extends Exclude<RecordKind, 'project'>>(
    projectId: Id,
    kind: K,
  ): Promise<StoredRecord<K>[]> {
    const rows = this.rows(projectId);
    if (!rows) return [];
    return byId(rows.records[kind]).map((r) => structuredClone(r) as StoredRecord<K>);
  }

  async getRecords<K extends RecordKind>(
    projectId: Id,
    kind: K,
    ids: readonly Id[],
  ): Promise<(StoredRecord<K> | undefined)[]> {
    return ids.map((id) => {
      const found = this.find(projectId, kind, id);
      return found && (structuredClone(found) as StoredRecord<K>);
    });
  }

  private find(projectId: Id, kind: RecordKind, id: Id): AnyRecord | undefined {
    const rows = this.rows(projectId);
    if (!rows) return undefined;
    if (kind === 'project') return rows.project.id === id ? rows.project : undefined;
    return rows.records[kind].get(id);
  }

  async getDocumentBody(projectId: Id, documentId: Id): Promise<DocumentBodyRecord | undefined> {
    const body = this.rows(projectId)?.bodies.get(documentId);
    return body && structuredClone(body);
  }

  async listPurged(projectId: Id): Promise<PurgedRecord[]> {
    const rows = this.rows(projectId);
    return structuredClone(rows ? rows.purged : (this.purgedProjects.get(projectId) ?? []));
  }

  async listConflicts(projectId: Id): Promise<RecordConflict[]> {
    const rows = this.rows(projectId);
    return rows ? structuredClone([...rows.conflicts.values()].sort(compareConflicts)) : [];
  }

  async listOrphans(projectId: Id): Promise<Orphan[]> {
    const rows = this.rows(projectId);
    return rows ? structuredClone([...rows.orphans.values()].sort(byOrphanId)) : [];
  }

  async apply(set: ChangeSet, options: LongWriteOptions = {}): Promise<void> {
    options.signal?.throwIfAborted();
    // Check every change first: a refused change set writes nothing.
    const seen = new Map<string, AnyRecord | undefined>();
    for (const change of set.changes) {
      const id = changedId(change);
      const key = `${change.kind}:${id}`;
      const stored = seen.has(key) ? seen.get(key) : this.find(set.projectId, change.kind, id);
      const expected = change.before ? versionOf(change.before) : null;
      const actual = stored ? versionOf(stored) : null;
      if (expected !== actual) throw new StaleWriteError(change.kind, id, expected, actual);
      seen.set(key, change.after ?? undefined);
      if (change.kind !== 'project' && !this.rows(set.projectId) && !isNewProject(set)) {
        throw new Error(`There is no project ${set.projectId} to change.`);
      }
    }
    for (const change of structuredClone(set.changes)) {
      const id = changedId(change);
      if (change.kind === 'project') {
        if (change.after) {
          const existing = this.rows(id);
          if (existing) existing.project = change.after;
          else this.projects.set(id, emptyRows(change.after));
        } else this.projects.delete(id);
        continue;
      }
      const rows = this.rows(set.projectId);
      if (!rows) continue;
      if (!change.after) {
        rows.records[change.kind].delete(id);
        if (change.kind === 'document') rows.bodies.delete(id);
        continue;
      }
      if (change.kind === 'document' && 'text' in change.after) {
        const doc = change.after as CorpusDocument;
        rows.bodies.set(id, { text: doc.text, blocks: doc.blocks, marks: doc.marks });
      }
      rows.records[change.kind].set(id, withoutBody(change.after));
    }
    const rows = this.rows(set.projectId);
    const projectGone = set.purged.filter((p) => p.kind === 'project');
    if (!rows && projectGone.length > 0)
      this.purgedProjects.set(set.projectId, structuredClone(projectGone));
    if (rows) {
      this.purgedProjects.delete(set.projectId);
      rows.purged.push(...structuredClone(set.purged));
      for (const c of set.conflictsResolved ?? []) rows.conflicts.delete(conflictKey(c));
      for (const c of structuredClone(set.conflictsAdded ?? []))
        rows.conflicts.set(conflictKey(c), c);
      for (const o of set.orphansDropped ?? []) rows.orphans.delete(o.id);
      for (const o of structuredClone(set.orphansKept ?? [])) rows.orphans.set(o.id, o);
    }
    for (const coder of structuredClone(set.coders ?? [])) this.coders.set(coder.id, coder);
  }

  async putCoder(coder: Coder): Promise<void> {
    this.coders.set(coder.id, structuredClone(coder));
  }

  async readSnapshot(projectId: Id): Promise<ProjectSnapshot | undefined> {
    const rows = this.rows(projectId);
    if (!rows) return undefined;
    const documents = byId(rows.records.document).map((meta) => {
      const body = rows.bodies.get(meta.id);
      return { ...meta, ...(body ?? { blocks: [], marks: [] }) };
    });
    const snapshot = structuredClone({
      project: rows.project,
      coders: [] as Coder[],
      documents,
      codes: byId(rows.records.code),
      annotations: byId(rows.records.annotation),
      purged: rows.purged,
    }) as ProjectSnapshot;
    if (rows.conflicts.size > 0) snapshot.conflicts = await this.listConflicts(projectId);
    snapshot.coders = referencedCoderIds(snapshot).flatMap((id) => {
      const coder = this.coders.get(id);
      return coder ? [structuredClone(coder)] : [];
    });
    return snapshot;
  }

  async writeSnapshot(snapshot: ProjectSnapshot, options: LongWriteOptions = {}): Promise<void> {
    options.signal?.throwIfAborted();
    if (this.projects.has(snapshot.project.id)) {
      throw new Error(`This profile already has the project ${snapshot.project.id}.`);
    }
    const problem = snapshotProblem(snapshot);
    if (problem) throw new Error(problem);
    const copy = structuredClone(snapshot);
    const rows = emptyRows(copy.project);
    for (const doc of copy.documents) {
      rows.bodies.set(doc.id, { text: doc.text ?? '', blocks: doc.blocks, marks: doc.marks });
      rows.records.document.set(doc.id, withoutBody(doc as CorpusDocument));
    }
    for (const code of copy.codes) rows.records.code.set(code.id, code);
    for (const annotation of copy.annotations)
      rows.records.annotation.set(annotation.id, annotation);
    rows.purged.push(...copy.purged);
    for (const c of copy.conflicts ?? []) rows.conflicts.set(conflictKey(c), c);
    for (const coder of copy.coders)
      if (!this.coders.has(coder.id)) this.coders.set(coder.id, coder);
    const total = copy.documents.length + copy.codes.length + copy.annotations.length;
    options.onProgress?.(total, total);
    this.projects.set(copy.project.id, rows);
  }
}

/** Whether a change set creates its own project (then its other records may follow). */
function isNewProject(set: ChangeSet): boolean {
  return set.changes.some((c) => c.kind === 'project' && c.before === null);
}

/** Records in id order, as IndexedDB lists them by key (so both repositories list alike). */
function byId(records: Map<Id, AnyRecord>): AnyRecord[] {
  return [...records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function emptyRows(project: Project): ProjectRows {
  return {
    project,
    records: { document: new Map(), code: new Map(), annotation: new Map() },
    bodies: new Map(),
    purged: [],
    conflicts: new Map(),
    orphans: new Map(),
  };
}
