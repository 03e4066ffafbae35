import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Id } from '../../../../core/model/types';
import type { ComputedMerge } from './compute-merge';
import type { MergeHost } from './merge-host';
import type { MergePreview } from './merge-prompts';

/** The preview of a computed merge; new documents without their text are a problem. */
export function previewOf(computed: ComputedMerge, projectId: Id, fileName: string): MergePreview {
  const textless = computed.changes.records.filter(
    (r) =>
      r.kind === 'document' && r.before === null && r.after && typeof r.after.text !== 'string',
  ).length;
  const problems =
    textless > 0
      ? [
          `${fileName} was exported without document texts and brings ${textless} document${textless === 1 ? '' : 's'} this project does not have. Export again with “Include the document texts”.`,
        ]
      : [];
  const changedTexts = computed.changedTexts.map((c) => ({
    incoming: c.incoming.name,
    local: c.local.name,
    localId: c.local.id,
  }));
  return {
    projectId,
    report: computed.report,
    localCodes: computed.localCodes,
    problems,
    changedTexts,
    warnings: computed.codeCycles,
  };
}

/**
 * The live project that shares the most documents (by content hash) with the snapshot: two
 * people who both started from the sample corpus have different project ids but the same texts.
 */
export async function likelyTarget(host: MergeHost, snapshot: ProjectSnapshot): Promise<Id | null> {
  const hashes = new Set(snapshot.documents.map((d) => d.contentHash));
  let best: { id: Id; shared: number } | null = null;
  for (const p of host.state.projects) {
    if (p.deleted) continue;
    const docs = await host.storage.listDocuments(p.id);
    const shared = docs.filter((d) => !d.deleted && hashes.has(d.contentHash)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { id: p.id, shared };
  }
  return best?.id ?? null;
}

/**
 * Whether importing this snapshot should go through the merge preview: the profile has its
 * project, or a live project shares a document text with it. Otherwise it is simply a new project.
 */
export async function shouldOfferMerge(
  host: MergeHost,
  snapshot: ProjectSnapshot,
): Promise<boolean> {
  if (host.state.projects.some((p) => p.id === snapshot.project.id)) return true;
  return (await likelyTarget(host, snapshot)) !== null;
}
