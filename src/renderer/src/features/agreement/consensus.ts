import { adjudicate, type Verdict } from '../../../../core/commands/adjudication';
import { newId, nowIso } from '../../../../core/ids/new-id';
import type { Coder } from '../../../../core/model/types';
import type { Workbench } from '../../state/workbench';
import { buildExport } from '../exchange/export-project';
import { CONSENSUS_NAME } from './view-choice';

/** What adjudication needs of the workbench (a narrow slice, so tests can pass a fake). */
export type ConsensusHost = Pick<Workbench, 'storage' | 'changes' | 'context' | 'state'>;

/** The profile's consensus coder, if adjudication has made one. */
export async function findConsensusCoder(
  host: Pick<ConsensusHost, 'storage'>,
): Promise<Coder | null> {
  const coders = await host.storage.listCoders();
  return coders.find((c) => c.name === CONSENSUS_NAME) ?? null;
}

/**
 * The coder named "Consensus" that adjudicated annotations are made by: a real coder record,
 * created on first use and then found by name (a consensus from a teammate's file, imported,
 * is the same coder).
 */
export async function ensureConsensusCoder(host: Pick<ConsensusHost, 'storage'>): Promise<Coder> {
  const found = await findConsensusCoder(host);
  if (found) return found;
  const coder: Coder = { id: newId(), name: CONSENSUS_NAME, createdAt: nowIso() };
  await host.storage.putCoder(coder);
  return coder;
}

/**
 * Applies the reviewer's verdicts on one document (its canonical `text`) as one undoable change
 * set of theirs (Undo takes back the whole decision): consensus annotations made by the
 * consensus coder, each naming the annotations it came from. Returns the consensus coder.
 */
export async function acceptVerdicts(
  host: ConsensusHost,
  verdicts: readonly Verdict[],
  label: string,
  text: string,
): Promise<Coder> {
  const projectId = host.state.projectId;
  if (!projectId) throw new Error('Open a project first.');
  const consensus = await ensureConsensusCoder(host);
  await host.changes.change(() => ({
    set: adjudicate(
      { projectId, verdicts, consensusCoderId: consensus.id, newId, text, label },
      host.context(),
    ),
    value: undefined,
  }));
  return consensus;
}

/**
 * The consensus as a native exchange file: the whole project (documents with their texts, the
 * codebook, every coder record) with only the consensus coder's annotations, written by the
 * exchange worker. Returns the file name and text to save.
 */
export async function exportConsensus(
  workbench: Pick<Workbench, 'state' | 'storage' | 'platform'>,
  consensusCoderId: string,
): Promise<{ name: string; content: string }> {
  const file = await buildExport(workbench, { includeTexts: true, coderIds: [consensusCoderId] });
  return {
    name: file.name.replace(/\.marginalia\.json$/, '-consensus.marginalia.json'),
    content: file.content,
  };
}
