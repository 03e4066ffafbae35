import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Id } from '../../../../core/model/types';
import type { ComputedMerge } from './compute-merge';
import type { MergeHost } from './merge-host';
import type { MergePreview } from './merge-prompts';
import type { PreparedMerge } from './prepare-merge';

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
    carried: { exact: 0, fuzzy: 0, orphaned: 0 },
    report: computed.report,
    localCodes: computed.localCodes,
    problems,
    changedTexts,
    warnings: computed.codeCycles,
  };
}

/**
 * The preview of a prepared merge: as `previewOf`, with the documents whose annotations are
 * carried onto a local copy counted as matched (unchanged: the local copy stands for them, they
 * do not come in), listed among the documents with another text (ticked), and what carrying did
 * (`carried`: placed exactly, fuzzily, kept as orphans).
 */
export function previewOfPrepared(prepared: PreparedMerge, fileName: string): MergePreview {
  const base = previewOf(prepared.computed, prepared.projectId, fileName);
  const { pairs, counts } = prepared.carried;
  const report = {
    ...base.report,
    counts: {
      ...base.report.counts,
      document: {
        ...base.report.counts.document,
        unchanged: base.report.counts.document.unchanged + pairs.length,
      },
    },
  };
  const carriedTexts = pairs.map((c) => ({
    incoming: c.incoming.name,
    local: c.local.name,
    localId: c.local.id,
  }));
  const changedTexts = [...carriedTexts, ...base.changedTexts].sort((a, b) =>
    a.local.localeCompare(b.local),
  );
  return { ...base, report, changedTexts, carried: counts };
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
