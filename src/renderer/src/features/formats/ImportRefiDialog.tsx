import { useEffect, useState } from 'react';
import { useWorkbench } from '../../app/workbench-context';
import { importSnapshotAsProject } from '../exchange/import-project';
import { Modal } from '../layout/Modal';
import { mergeRefiIntoOpenProject } from './merge-refi';
import { readRefiForImport, type RefiPreview } from './read-refi';

/**
 * Imports a REFI-QDA project (from ATLAS.ti, MAXQDA, NVivo, QualCoder…) as a new project, or
 * into the open project through the merge: the file is read first and the dialog says what will
 * come in and what cannot (media, sets, links, missing texts); nothing is written until the user
 * chooses, and a merge shows its own preview (what is new, matched, in conflict) before it lands.
 */
export function ImportRefiDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const [preview, setPreview] = useState<RefiPreview | null>(null);
  const [busy, setBusy] = useState(true);
  const { onClose } = props;

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const file = await workbench.platform.openFile(['.qdpx', '.qde', '.qdc']);
        if (!live) return;
        if (!file) return onClose();
        const read = await readRefiForImport(file.name, file.bytes);
        if (live) setPreview(read);
      } catch (error) {
        workbench.fail('Could not read the REFI-QDA file', error);
        onClose();
      } finally {
        if (live) setBusy(false);
      }
    })();
    return () => {
      live = false;
    };
  }, [workbench, onClose]);

  const openProject = workbench.state.projects.find(
    (p) => p.id === workbench.state.projectId && !p.deleted,
  );

  async function merge() {
    if (!preview?.ok) return;
    // The merge shows its own preview dialog; this one gives way to it.
    onClose();
    try {
      await mergeRefiIntoOpenProject(workbench, preview.fileName, preview.snapshot);
    } catch (error) {
      workbench.fail(`${preview.fileName}: not imported, nothing changed`, error);
    }
  }

  async function proceed() {
    if (!preview?.ok) return;
    setBusy(true);
    try {
      await importSnapshotAsProject(workbench, preview.snapshot, preview.fileName);
    } catch (error) {
      workbench.fail(`${preview.fileName}: not imported, nothing changed`, error);
    }
    onClose();
  }

  return (
    <Modal label="Import REFI-QDA project" onClose={onClose} wide>
      <h2>Import REFI-QDA project</h2>
      {!preview && <p role="status">Reading the file…</p>}
      {preview && (
        <>
          <p>
            {preview.ok
              ? 'This will come in, as a new project or into the open project:'
              : `${preview.fileName} cannot be imported; nothing changed:`}
          </p>
          <pre className="import-preview" aria-label="What the file holds">
            {preview.lines.join('\n')}
          </pre>
        </>
      )}
      <div className="dialog-actions">
        {preview?.ok && (
          <button className="primary" onClick={() => void proceed()} disabled={busy}>
            Import as a new project
          </button>
        )}
        {preview?.ok && openProject && (
          <button onClick={() => void merge()} disabled={busy}>
            Import into the open project (merge)
          </button>
        )}
        <button onClick={onClose}>{preview?.ok ? 'Cancel' : 'Close'}</button>
      </div>
    </Modal>
  );
}
