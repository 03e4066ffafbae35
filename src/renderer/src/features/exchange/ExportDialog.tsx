import { useEffect, useRef, useState } from 'react';
import type { Coder } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { readProjectCoders } from '../coders/project-coders';
import { Modal } from '../layout/Modal';
import { notice } from '../../state/notices';
import { liveCodes, liveDocuments } from '../../state/selectors';
import { buildExportFile } from './export-project';
import { ProgressFigure, type ProgressFigureValue } from './ProgressFigure';

/** Exports the project, or chosen documents and codes, as a native exchange file. */
export function ExportDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const documents = useWorkbenchState(liveDocuments);
  const codes = useWorkbenchState(liveCodes);
  const [includeTexts, setIncludeTexts] = useState(true);
  const [documentIds, setDocumentIds] = useState<Set<string>>(
    () => new Set(documents.map((d) => d.id)),
  );
  const [codeIds, setCodeIds] = useState<Set<string>>(() => new Set(codes.map((c) => c.id)));
  const [busy, setBusy] = useState(false);
  // How far the worker has come (records written of all), while exporting.
  const [progress, setProgress] = useState<ProgressFigureValue | null>(null);
  // The export in progress (written in a worker), so Cancel can stop it.
  const exporting = useRef<AbortController | null>(null);
  const [coders, setCoders] = useState<Coder[]>([]);
  const [coderIds, setCoderIds] = useState<Set<string> | null>(null);
  useEffect(() => {
    const projectId = workbench.state.projectId;
    if (!projectId) return;
    // The coders whose work is in this project, read in a worker (the same answer the
    // agreement view gets).
    void readProjectCoders(projectId).then(
      ({ coders: found }) => {
        setCoders(found);
        setCoderIds(new Set(found.map((c) => c.id)));
      },
      (error: unknown) => workbench.fail('Could not read the project’s coders', error),
    );
  }, [workbench]);
  const allCoders = coderIds === null || coderIds.size === coders.length;
  const whole = documentIds.size === documents.length && codeIds.size === codes.length && allCoders;
  const toggle = (set: Set<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };

  async function save() {
    const controller = new AbortController();
    exporting.current = controller;
    setBusy(true);
    setProgress({ label: 'Reading the project', done: 0, total: 0 });
    try {
      const file = await buildExportFile(
        workbench,
        {
          includeTexts,
          documentIds: whole ? undefined : [...documentIds],
          codeIds: whole ? undefined : [...codeIds],
          coderIds: allCoders || !coderIds ? undefined : [...coderIds],
        },
        controller.signal,
        (done, total) => setProgress({ label: 'Exporting records', done, total }),
      );
      const saved = await workbench.platform.saveFile(file.name, file.content, 'application/json');
      if (saved) workbench.notify(notice('info', `Exported ${file.name}`));
      props.onClose();
    } catch (error) {
      if (!controller.signal.aborted) workbench.fail('Could not export the project', error);
    } finally {
      exporting.current = null;
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Modal label="Export project" onClose={props.onClose} wide>
      <h2>Export project</h2>
      <p className="muted">
        A Marginalia exchange file (JSON) holds the codebook, annotations, memos and coders, and can
        be imported into another copy of Marginalia.
      </p>
      <label>
        <input
          type="checkbox"
          checked={includeTexts}
          onChange={(e) => setIncludeTexts(e.target.checked)}
        />{' '}
        Include the document texts
      </label>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 1fr', gap: 16, marginTop: 12 }}>
        <fieldset style={{ maxHeight: 240, overflow: 'auto' }}>
          <legend>Documents</legend>
          {documents.map((d) => (
            <label key={d.id} style={{ display: 'block' }}>
              <input
                type="checkbox"
                checked={documentIds.has(d.id)}
                onChange={() => setDocumentIds((s) => toggle(s, d.id))}
              />{' '}
              {d.name}
            </label>
          ))}
        </fieldset>
        <fieldset style={{ maxHeight: 240, overflow: 'auto' }}>
          <legend>Codes</legend>
          {codes.map((c) => (
            <label key={c.id} style={{ display: 'block' }}>
              <input
                type="checkbox"
                checked={codeIds.has(c.id)}
                onChange={() => setCodeIds((s) => toggle(s, c.id))}
              />{' '}
              {c.name}
            </label>
          ))}
        </fieldset>
        <fieldset style={{ maxHeight: 240, overflow: 'auto' }}>
          <legend>Coders</legend>
          {coders.map((c) => (
            <label key={c.id} style={{ display: 'block' }}>
              <input
                type="checkbox"
                checked={coderIds?.has(c.id) ?? true}
                onChange={() => setCoderIds((s) => toggle(s ?? new Set(), c.id))}
              />{' '}
              {c.name}
            </label>
          ))}
        </fieldset>
      </div>
      {progress && <ProgressFigure value={progress} />}
      <div className="dialog-actions">
        <button className="primary" onClick={() => void save()} disabled={busy}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
        <button
          onClick={() => {
            // Cancelling while exporting stops the worker; nothing is saved.
            exporting.current?.abort();
            props.onClose();
          }}
        >
          Cancel
        </button>
      </div>
    </Modal>
  );
}
