import { buildChangeSet } from '../../changes/build-change-set';
import type { ChangeSet, EditContext } from '../../changes/change-set';
import type { ProjectSnapshot } from '../../model/snapshot';
import type { Annotation, Code, Coder, Id, Timestamp } from '../../model/types';
import { alignToProject } from '../align/align-to-project';
import {
  importW3c,
  importW3cInChunks,
  type W3cChunkOptions,
  type W3cImportResult,
  type W3cPlacementNote,
} from './import-w3c';

/** What the user chose before importing W3C annotations into the open project. */
export interface W3cIntoProjectOptions {
  /** Place every annotation on this document (the file's sources name none of the project's). */
  documentId?: Id;
  /** Who the annotations without a `creator` belong to: the importing coder. */
  coderId: Id;
  now: Timestamp;
  newId: () => Id;
}

/** The records a W3C file adds to a project, and what the preview tells the user. */
export type W3cIntoProject =
  | {
      ok: true;
      annotations: Annotation[];
      codes: Code[];
      coders: Coder[];
      /** Placed by their quote because the position disagreed with the text. */
      moved: W3cPlacementNote[];
      /** Not placed: kept out, listed with the reason. */
      orphans: W3cPlacementNote[];
      /** Annotations the project already holds (same span, coder and codes): not added again. */
      alreadyThere: number;
    }
  | { ok: false; problems: string[] };

/**
 * Reads a W3C Web Annotation file into the open project: each target is placed on the
 * project's text (by position where the text there equals the quote, otherwise re-anchored from
 * the quote, prefix and suffix), tagging bodies become codes (matched by id, then path), and
 * annotations the project already has are left out, so importing the same file twice adds
 * nothing. Pure; `w3cImportChange` turns the result into one undoable change.
 */
export function w3cIntoProject(
  project: ProjectSnapshot,
  fileName: string,
  jsonText: string,
  options: W3cIntoProjectOptions,
): W3cIntoProject {
  return alongsideProject(
    project,
    importW3c(fileName, jsonText, { snapshot: project, ...options }),
  );
}

/**
 * `w3cIntoProject` in chunks (`importW3cInChunks`): what the re-anchoring worker runs, so a
 * large file is placed off the UI thread with progress, and a cancel stops it between chunks.
 */
export async function w3cIntoProjectInChunks(
  project: ProjectSnapshot,
  fileName: string,
  jsonText: string,
  options: W3cIntoProjectOptions,
  run: W3cChunkOptions = {},
): Promise<W3cIntoProject> {
  const read = await importW3cInChunks(fileName, jsonText, { snapshot: project, ...options }, run);
  return alongsideProject(project, read);
}

/** Leaves out what the project already has (`alignToProject`), for the preview and the write. */
function alongsideProject(project: ProjectSnapshot, read: W3cImportResult): W3cIntoProject {
  if (!read.ok) return read;
  const incoming: ProjectSnapshot = {
    project: project.project,
    coders: read.coders,
    documents: [],
    codes: read.codes,
    annotations: read.annotations,
    purged: [],
  };
  const aligned = alignToProject(project, incoming).incoming;
  return {
    ok: true,
    annotations: aligned.annotations,
    codes: aligned.codes,
    coders: aligned.coders,
    moved: read.moved,
    orphans: read.orphans,
    alreadyThere: read.annotations.length - aligned.annotations.length,
  };
}

/**
 * The new coders, codes and annotations as one change set (source `user`: one Undo takes the
 * codes and annotations back), so the repository writes them in one transaction.
 */
export function w3cImportChange(
  read: Extract<W3cIntoProject, { ok: true }>,
  args: { projectId: Id; fileName: string },
  ctx: EditContext,
): ChangeSet {
  const set = buildChangeSet(
    {
      projectId: args.projectId,
      source: 'user',
      label: `import annotations from ${args.fileName}`,
    },
    ctx,
    [
      ...read.codes.map((after) => ({ kind: 'code' as const, before: null, after })),
      ...read.annotations.map((after) => ({ kind: 'annotation' as const, before: null, after })),
    ],
  );
  return read.coders.length > 0 ? { ...set, coders: read.coders } : set;
}
