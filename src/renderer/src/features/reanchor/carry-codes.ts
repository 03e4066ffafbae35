import { nowIso, newId } from '../../../../core/ids/new-id';
import type { CorpusDocument, Id } from '../../../../core/model/types';
import type { Workbench } from '../../state/workbench';
import { createOrphanStore, type Orphan } from '../../storage/orphan-store';
import { reanchorAnnotations } from './reanchor-annotations';
import type { ReanchorRunner } from './reanchor-runner';
import { carryChangeSet, isConfident, proposalsOf, type Proposal } from './review';

/** Two documents of the open project and the proposals to carry one's codes to the other. */
export interface CarryPlan {
  source: CorpusDocument;
  target: CorpusDocument;
  proposals: Proposal[];
}

/** What carrying codes needs of the workbench. */
export type CarryHost = Pick<Workbench, 'storage' | 'changes' | 'context' | 'state'>;

/** Reads a document of the open project, with a message naming it when it is gone. */
async function readDocument(host: CarryHost, projectId: Id, id: Id): Promise<CorpusDocument> {
  const doc = await host.storage.getDocument(projectId, id);
  if (!doc || doc.deleted) throw new Error('The document is no longer in this project.');
  return doc;
}

/**
 * Proposes where each live annotation of `sourceId` goes on `targetId` (re-anchoring in the
 * worker, with progress and cancel). The source text is not the target's old version, so no
 * diff map: quotes, context and position decide.
 */
export async function planCarry(
  host: CarryHost,
  runner: ReanchorRunner,
  ids: { sourceId: Id; targetId: Id },
  options: { signal?: AbortSignal; onProgress?(done: number, total: number): void } = {},
): Promise<CarryPlan> {
  const projectId = host.state.projectId;
  if (!projectId) throw new Error('Open a project first.');
  const [source, target] = await Promise.all([
    readDocument(host, projectId, ids.sourceId),
    readDocument(host, projectId, ids.targetId),
  ]);
  const annotations = (await host.storage.listAnnotations(projectId, source.id)).filter(
    (a) => !a.deleted,
  );
  const outcome = await reanchorAnnotations(runner, {
    annotations,
    oldText: null,
    newText: target.text,
    documentId: target.id,
    origin: `carried from ${source.name}`,
    now: nowIso(),
    ...options,
  });
  return {
    source,
    target,
    proposals: proposalsOf([...outcome.exact, ...outcome.fuzzy, ...outcome.orphans]),
  };
}

/**
 * Carries the accepted proposals to the target as one undoable change set ("carry N annotations
 * from X"), and keeps the undecided ones re-anchoring was not sure of in the target's orphans
 * list, so no annotation the user did not reject is left behind unseen. Returns the label.
 */
export async function applyCarry(host: CarryHost, plan: CarryPlan): Promise<string> {
  const { source, target, proposals } = plan;
  const label = await host.changes.change(() => {
    const set = carryChangeSet({
      proposals,
      target,
      targetText: target.text,
      sourceName: source.name,
      ctx: host.context(),
      newId,
    });
    return { set, value: set.label };
  });
  const now = nowIso();
  const left: Orphan[] = proposals
    .filter((p) => p.decision === null && !isConfident(p))
    .map((p) => ({
      projectId: target.projectId,
      id: newId(),
      documentId: target.id,
      annotation: p.annotation,
      ...(p.placement.status === 'orphan' ? { reason: p.placement.reason } : {}),
      ...(p.placement.status === 'orphan' && p.placement.best ? { best: p.placement.best } : {}),
      origin: `carried from ${source.name}`,
      keptAt: now,
    }));
  await createOrphanStore(host.storage.db).keepOrphans(left);
  return label;
}
