import { useEffect, useState } from 'react';
import { nowIso } from '../../../../core/ids/new-id';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { W3cIntoProject } from '../../../../core/formats/w3c/w3c-into-project';
import { useWorkbench } from '../../app/workbench-context';
import { notice } from '../../state/notices';
import { Modal } from '../layout/Modal';
import { reanchorRunnerOf } from '../reanchor/reanchor-runner-of';
import { asW3c, describeW3cPreview, importW3cIntoProject } from './import-w3c';

/** The file picked and the project it goes into, once both are read. */
interface Picked {
  fileName: string;
  text: string;
  project: ProjectSnapshot;
}

/**
 * Imports W3C Web Annotations (from Recogito, Hypothesis-style tools or another Marginalia), or
 * Taguette's highlights CSV (quotes without positions, read the same way), into
 * the open project: the file is placed on the project's texts first and the dialog says how many
 * annotations come in, which were re-anchored from their quote and which cannot be placed; the
 * user may choose the document when the file's sources name none of the project's. The placing
 * runs in the re-anchoring worker (long texts with thousands of annotations take seconds), with
 * progress; Cancel stops it. Nothing is written until Import, and then as one change that Undo
 * takes back.
 */
export function ImportW3cDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const { onClose } = props;
  const [picked, setPicked] = useState<Picked | null>(null);
  const [documentId, setDocumentId] = useState('');
  const [busy, setBusy] = useState(false);
  const [coderId] = useState(() => workbench.state.coder?.id ?? '');

  useEffect(() => {
    let live = true;
    let fileName: string | null = null;
    void (async () => {
      try {
        const projectId = workbench.state.projectId;
        if (!projectId) throw new Error('Open a project to import annotations into.');
        const file = await workbench.platform.openTextFile(['.json', '.jsonld', '.csv']);
        if (!live) return;
        if (!file) return onClose();
        fileName = file.name;
        const project = await workbench.storage.readSnapshot(projectId);
        if (!project) throw new Error('The open project could not be read.');
        if (live) setPicked({ fileName: file.name, text: asW3c(file.name, file.content), project });
      } catch (error) {
        workbench.fail(
          fileName ? `${fileName}: not imported, nothing changed` : 'Could not read the W3C file',
          error,
        );
        onClose();
      }
    })();
    return () => {
      live = false;
    };
  }, [workbench, onClose]);

  const [preview, setPreview] = useState<W3cIntoProject | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  useEffect(() => {
    if (!picked) return;
    const controller = new AbortController();
    setPreview(null);
    setProgress(null);
    reanchorRunnerOf(workbench)
      .placeW3c(
        picked.project,
        picked.fileName,
        picked.text,
        { ...(documentId ? { documentId } : {}), coderId, now: nowIso() },
        { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) },
      )
      .then(setPreview, (error: unknown) => {
        if (controller.signal.aborted) return; // Cancel, another document chosen, or closed.
        workbench.fail(`${picked.fileName}: the annotations could not be placed`, error);
        onClose();
      });
    return () => controller.abort();
  }, [workbench, picked, documentId, coderId, onClose]);

  async function proceed() {
    if (!picked || !preview?.ok) return;
    setBusy(true);
    try {
      const added = await importW3cIntoProject(
        workbench,
        picked.project.project.id,
        picked.fileName,
        preview,
      );
      workbench.notify(
        notice(
          preview.orphans.length > 0 ? 'warning' : 'info',
          `Imported ${added} annotation${added === 1 ? '' : 's'} from ${picked.fileName}`,
          preview.orphans.map((o) => `Not placed: ${o.id}: ${o.reason}`),
        ),
      );
    } catch (error) {
      workbench.fail(`${picked.fileName}: not imported, nothing changed`, error);
    }
    onClose();
  }

  const documents = picked?.project.documents.filter((d) => !d.deleted) ?? [];
  return (
    <Modal label="Import W3C annotations" onClose={onClose} wide>
      <h2>Import W3C annotations</h2>
      {!picked && <p role="status">Reading the file…</p>}
      {picked && (
        <>
          <label>
            Place them on{' '}
            <select value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
              <option value="">the documents the file names</option>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          {!preview && (
            <p role="status">
              Placing the annotations…{' '}
              {progress && progress.total > 0 && (
                <>
                  <progress value={progress.done} max={progress.total} /> {progress.done} of{' '}
                  {progress.total}
                </>
              )}
            </p>
          )}
          {preview && (
            <p>
              {preview.ok
                ? 'This will come into the open project:'
                : `${picked.fileName} cannot be imported as it is; nothing changed:`}
            </p>
          )}
          <pre className="import-preview" aria-label="What the file brings">
            {preview ? describeW3cPreview(preview).join('\n') : ''}
          </pre>
        </>
      )}
      <div className="dialog-actions">
        {preview?.ok && (
          <button
            className="primary"
            onClick={() => void proceed()}
            disabled={busy || preview.annotations.length + preview.codes.length === 0}
          >
            Import
          </button>
        )}
        <button onClick={onClose}>{!preview || preview.ok ? 'Cancel' : 'Close'}</button>
      </div>
    </Modal>
  );
}
