import { useEffect, useState } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { Modal } from '../layout/Modal';
import type { RefiPreview } from '../../platform/refi-work';
import { importRefiProject } from './import-refi-project';
import { mergeRefiIntoOpenProject } from './merge-refi';

/**
 * Imports a REFI-QDA project (from ATLAS.ti, MAXQDA, NVivo, QualCoder…) as a new project, or
 * into the open project through the merge: the file is read first and the dialog says what will
 * come in and what cannot (media, sets, links, missing texts); nothing is written until the user
 * chooses, and a merge shows its own preview (what is new, matched, in conflict) before it lands.
 * Reading and writing a new project run in the exchange worker (staged: whole or nothing, with
 * progress and Cancel).
 */
export function ImportRefiDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const [preview, setPreview] = useState<RefiPreview | null>(null);
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [busy, setBusy] = useState(true);
  const [importing, setImporting] = useState(false);
  const progress = useWorkbenchState((s) => s.progress);
  const { onClose } = props;

  useEffect(() => {
    let live = true;
    // Closing the dialog while the file is read stops the reading.
    const reading = new AbortController();
    void (async () => {
      let pickedName: string | null = null;
      try {
        const picked = await workbench.platform.openFile(['.qdpx', '.qde', '.qdc']);
        pickedName = picked?.name ?? null;
        if (!live) return;
        if (!picked) return onClose();
        // Unpacked and parsed in the exchange worker: a large project never blocks the UI.
        const read = await workbench.platform.exchange.previewRefi(picked.name, picked.bytes, {
          signal: reading.signal,
        });
        if (!live) return;
        setFile(picked);
        setPreview(read);
      } catch (error) {
        if (!live) return;
        workbench.fail(
          pickedName ? `Could not read ${pickedName}` : 'Could not read the REFI-QDA file',
          error,
        );
        onClose();
      } finally {
        if (live) setBusy(false);
      }
    })();
    return () => {
      live = false;
      reading.abort();
    };
  }, [workbench, onClose]);

  const openProject = workbench.state.projects.find(
    (p) => p.id === workbench.state.projectId && !p.deleted,
  );

  async function merge() {
    if (!preview?.ok || !file) return;
    // The merge shows its own preview dialog; this one gives way to it.
    onClose();
    try {
      // The merge matches the records to the project on this thread: read them for it.
      const read = await workbench.platform.exchange.previewRefi(file.name, file.bytes, {
        withSnapshot: true,
      });
      if (!read.ok || !read.snapshot) throw new Error(read.lines.slice(0, 3).join(' '));
      await mergeRefiIntoOpenProject(workbench, file.name, read.snapshot, () =>
        importRefiProject(workbench, file.name, file.bytes),
      );
    } catch (error) {
      workbench.fail(`${file.name}: not imported, nothing changed`, error);
    }
  }

  async function proceed() {
    if (!preview?.ok || !file) return;
    // The dialog stays until the project lands, with the import's progress and its Cancel.
    setImporting(true);
    setBusy(true);
    try {
      await importRefiProject(workbench, file.name, file.bytes);
    } catch (error) {
      workbench.fail(`${file.name}: not imported, nothing changed`, error);
    }
    onClose();
  }

  function cancel() {
    // Stops the import under way (the worker erases what it wrote), then closes.
    if (importing) workbench.cancelImport();
    onClose();
  }

  return (
    <Modal label="Import REFI-QDA project" onClose={cancel} wide>
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
      {importing && progress && (
        <p role="status">
          {progress.label}: {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
        </p>
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
        <button onClick={cancel}>{preview?.ok ? 'Cancel' : 'Close'}</button>
      </div>
    </Modal>
  );
}
