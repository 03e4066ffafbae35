import { useEffect, useMemo, useState } from 'react';
import type { RecordConflict } from '../../../../core/model/conflict';
import { versionId } from '../../../../core/model/revision';
import type { RecordKind } from '../../../../core/model/snapshot';
import type { Annotation, Code, Id, Stamped } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { Modal } from '../layout/Modal';
import { CodeCyclesList } from './CodeCyclesList';
import { resolveRecordConflict, type ReviewChoice } from './resolve-conflicts';
import { useCodeCycles } from './use-code-cycles';
import { useConflicts } from './use-conflicts';

/** One record with conflicts: its live version and the losing ones. */
interface ConflictGroup {
  kind: RecordKind;
  id: Id;
  live: Stamped | undefined;
  losers: RecordConflict['record'][];
}

const KIND_NAME: Record<RecordKind, string> = {
  project: 'Project',
  document: 'Document',
  code: 'Code',
  annotation: 'Annotation',
};

/** Groups conflicts by record (they come sorted by kind and id). */
function groupsOf(conflicts: RecordConflict[]): Omit<ConflictGroup, 'live'>[] {
  const out: Omit<ConflictGroup, 'live'>[] = [];
  for (const c of conflicts) {
    const last = out[out.length - 1];
    if (last && last.kind === c.kind && last.id === c.record.id) last.losers.push(c.record);
    else out.push({ kind: c.kind, id: c.record.id, losers: [c.record] });
  }
  return out;
}

/**
 * The review panel: every unresolved conflict of the open project, by record, with the live
 * version and each losing version (what it says, who made it and when). The user keeps one
 * version, or for an annotation keeps both (as two annotations) or combines their codes; each
 * resolution is one undoable change. Codes two coders moved under each other are listed first
 * (`CodeCyclesList`), each with the move that settles it. Keyboard: Tab through the versions' buttons; Escape closes.
 */
export function ConflictsDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const conflicts = useConflicts();
  const cycles = useCodeCycles();
  const codes = useWorkbenchState((s) => s.codes);
  const documents = useWorkbenchState((s) => s.documents);
  const projectId = useWorkbenchState((s) => s.projectId);
  const [coders, setCoders] = useState<Map<Id, string>>(new Map());
  const [groups, setGroups] = useState<ConflictGroup[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void workbench.storage
      .listCoders()
      .then((list) => setCoders(new Map(list.map((c) => [c.id, c.name]))));
  }, [workbench, conflicts]);

  useEffect(() => {
    let live = true;
    const pending = groupsOf(conflicts);
    void Promise.all(
      pending.map(async (g) => {
        const [record] = projectId
          ? await workbench.storage.getRecords(projectId, g.kind, [g.id])
          : [undefined];
        return { ...g, live: record as Stamped | undefined };
      }),
    ).then((list) => live && setGroups(list));
    return () => {
      live = false;
    };
  }, [workbench, conflicts, projectId]);

  const codeName = useMemo(() => new Map(codes.map((c) => [c.id, c.name])), [codes]);
  const docName = useMemo(() => new Map(documents.map((d) => [d.id, d.name])), [documents]);

  function title(g: ConflictGroup): string {
    const record = (g.live ?? g.losers[0]) as Stamped & Partial<Annotation> & Partial<Code>;
    if (g.kind === 'annotation')
      return `Annotation “${record.quote ?? ''}” in ${docName.get(record.documentId ?? '') ?? 'a document'}`;
    return `${KIND_NAME[g.kind]} “${(record as { name?: string }).name ?? g.id}”`;
  }

  function describe(kind: RecordKind, r: Stamped): string {
    if (r.deleted) return 'Deleted';
    const a = r as Partial<Annotation> & Partial<Code> & { name?: string; memo?: string };
    const parts: string[] = [];
    if (kind === 'annotation') {
      parts.push(
        `Codes: ${(a.codeIds ?? []).map((id) => codeName.get(id) ?? id).join(', ') || 'none'}`,
      );
      parts.push(`Span: ${a.start ?? '?'}–${a.end ?? '?'}`);
    } else if (a.name !== undefined) parts.push(`Name: ${a.name}`);
    if (kind === 'code' && a.color) parts.push(`Colour: ${a.color}`);
    parts.push(`Memo: ${a.memo ? a.memo : '(none)'}`);
    return parts.join(' · ');
  }

  const who = (r: Stamped) =>
    `${coders.get(r.updatedBy) ?? 'an unknown coder'}, ${new Date(r.updatedAt).toLocaleString()}`;

  async function resolve(g: ConflictGroup, choice: ReviewChoice) {
    setBusy(true);
    try {
      await resolveRecordConflict(workbench, g.kind, g.id, choice, title(g));
    } catch (error) {
      workbench.fail('Could not resolve the conflict', error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal label="Conflicts" onClose={props.onClose} wide>
      <h2>Conflicts</h2>
      {groups.length === 0 && cycles.length === 0 ? (
        <p role="status">No conflicts to review.</p>
      ) : groups.length === 0 ? null : (
        <p>
          Two coders changed these records differently. Keep one version, or for an annotation keep
          both or combine their codes. Each choice can be undone.
        </p>
      )}
      <CodeCyclesList cycles={cycles} />
      <ul className="conflict-list" aria-label="Unresolved conflicts">
        {groups.map((g) => (
          <li key={`${g.kind}:${g.id}`} aria-label={title(g)}>
            <h3>{title(g)}</h3>
            <ul aria-label="Versions">
              {[...(g.live ? [g.live] : []), ...g.losers].map((r, i) => {
                const label = `${i === 0 && g.live ? 'Current version' : 'Other version'} by ${who(r)}`;
                return (
                  <li key={versionId(r)} aria-label={label}>
                    <strong>{label}</strong>
                    <div>{describe(g.kind, r)}</div>
                    <button
                      disabled={busy || !g.live}
                      onClick={() => void resolve(g, { type: 'pick', versionId: versionId(r) })}
                      aria-label={`Keep this version: ${label}`}
                    >
                      Keep this version
                    </button>
                  </li>
                );
              })}
            </ul>
            {g.kind === 'annotation' && (
              <div className="dialog-actions">
                <button
                  disabled={busy || !g.live}
                  onClick={() => void resolve(g, { type: 'keep-both' })}
                >
                  Keep both
                </button>
                <button
                  disabled={busy || !g.live}
                  onClick={() => void resolve(g, { type: 'combine-codes' })}
                >
                  Combine codes
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button className="primary" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
