/**
 * A team folder holds one project's files. A file of another project must not pour its documents
 * and codes into this one without anyone asking (two projects linked to one folder by mistake),
 * yet two coders who both started from the same texts have different project ids and must merge.
 */

/** The parts of a project the check looks at. */
export interface ProjectTexts {
  id: string;
  name: string;
  /** Content hashes of the project's live documents. */
  contentHashes: readonly string[];
}

/**
 * Why a teammate's file may not merge into the local project without asking, or null when it
 * may: the same project, a local project with no documents yet (joining a team), or a project
 * that shares at least one document text.
 */
export function foreignProjectProblem(incoming: ProjectTexts, local: ProjectTexts): string | null {
  if (incoming.id === local.id || local.contentHashes.length === 0) return null;
  const here = new Set(local.contentHashes);
  if (incoming.contentHashes.some((hash) => here.has(hash))) return null;
  return `it belongs to another project (“${incoming.name}”) that shares no document with “${local.name}”; use Import project… to bring it in on purpose`;
}
