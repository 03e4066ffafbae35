import { useCallback, useEffect, useState } from 'react';
import type { Id } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import type { TrashListing, TrashTable } from '../../storage';
import { CloseActions, Modal } from '../layout/Modal';
import { deletedProjects as deletedProjectsOf } from '../../state/selectors';

/** The trash: deleted documents, codes and annotations, each restorable (undoably) or purged for good. */
export function TrashDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const projectId = useWorkbenchState((s) => s.projectId);
  const deletedProjects = useWorkbenchState(deletedProjectsOf);
  const version = useWorkbenchState(
    (s) => s.annotationsVersion + s.codes.length + s.documents.length,
  );
  const [trash, setTrash] = useState<TrashListing | null>(null);
  const reload = useCallback(() => {
    if (projectId) void workbench.storage.listTrash(projectId).then(setTrash);
    else setTrash({ documents: [], codes: [], annotations: [] });
  }, [workbench, projectId]);
  useEffect(reload, [reload, version]);
  const fail = (e: unknown) => workbench.fail('Could not change the trash', e);
  const restore = (table: TrashTable, id: Id) =>
    void workbench.restoreFromTrash(table, id).then(reload).catch(fail);
  const purge = (table: TrashTable, id: Id, what: string) => {
    if (!window.confirm(`Delete ${what} for good? This cannot be undone.`)) return;
    void workbench.purge(table, id).then(reload).catch(fail);
  };
  const codeName = (id: Id) => workbench.state.codes.find((c) => c.id === id)?.name ?? '?';
  const empty =
    trash &&
    trash.documents.length +
      trash.codes.length +
      trash.annotations.length +
      deletedProjects.length ===
      0;

  const row = (table: TrashTable, id: Id, label: string, what: string) => (
    <li key={id}>
      <span style={{ flex: 1 }}>{label}</span>
      <button aria-label={`Restore ${what}`} onClick={() => restore(table, id)}>
        Restore
      </button>
      <button aria-label={`Delete ${what} for good`} onClick={() => purge(table, id, what)}>
        Delete for good
      </button>
    </li>
  );

  return (
    <Modal label="Trash" onClose={props.onClose} wide>
      <h2>Trash</h2>
      {!trash ? (
        <p>Loading…</p>
      ) : empty ? (
        <p className="muted">The trash is empty.</p>
      ) : (
        <div style={{ maxHeight: '60vh', overflow: 'auto' }}>
          {deletedProjects.length > 0 && <h3>Projects</h3>}
          <ul className="list">
            {deletedProjects.map((p) => row('projects', p.id, p.name, `project ${p.name}`))}
          </ul>
          {trash.documents.length > 0 && <h3>Documents</h3>}
          <ul className="list">
            {trash.documents.map((d) => row('documents', d.id, d.name, `document ${d.name}`))}
          </ul>
          {trash.codes.length > 0 && <h3>Codes</h3>}
          <ul className="list">
            {trash.codes.map((c) => row('codes', c.id, c.name, `code ${c.name}`))}
          </ul>
          {trash.annotations.length > 0 && <h3>Annotations</h3>}
          <ul className="list">
            {trash.annotations.map((a) =>
              row(
                'annotations',
                a.id,
                `${a.codeIds.map(codeName).join(', ')}: “${a.quote.slice(0, 80)}”`,
                `annotation “${a.quote.slice(0, 30)}”`,
              ),
            )}
          </ul>
        </div>
      )}
      <CloseActions onClose={props.onClose} />
    </Modal>
  );
}
