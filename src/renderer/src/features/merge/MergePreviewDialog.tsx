import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CodeMapping, KindCounts } from '../../../../core/merge';
import type { RecordKind } from '../../../../core/model/snapshot';
import type { Id } from '../../../../core/model/types';
import { useWorkbench } from '../../app/workbench-context';
import { Modal } from '../layout/Modal';
import { carriedAny, carriedLine } from './carry-incoming';
import { mergePromptsOf, type MergePreview, type PendingMerge } from './merge-prompts';
import type { MergeProgress } from './prepare-merge';

const figures = new Intl.NumberFormat('en');

/** "Comparing 12,000 of 60,000 records…", or what comes first. */
function progressText(p: MergeProgress | null): string {
  if (!p || p.total === 0) return 'Reading your project…';
  const what = p.label === 'Comparing records' ? 'records' : 'annotations';
  const verb = p.label === 'Comparing records' ? 'Comparing' : 'Carrying';
  return `${verb} ${figures.format(p.done)} of ${figures.format(p.total)} ${what}…`;
}

/** The select value that stands for "import as a new project". */
const NEW_PROJECT = '';

const KINDS: [RecordKind, string][] = [
  ['document', 'Documents'],
  ['code', 'Codes'],
  ['annotation', 'Annotations'],
  ['project', 'Project details'],
];

const COLUMNS: [keyof KindCounts, string][] = [
  ['new', 'New'],
  ['updated', 'Updated'],
  ['deleted', 'Deleted'],
  ['unchanged', 'Unchanged'],
  ['conflict', 'In conflict'],
  ['purged', 'Purged'],
];

/**
 * The merge preview, mounted once: shows the pending merge question (see MergePrompts), with
 * the project to merge into, per kind what the file brings (new, updated, deleted, unchanged,
 * in conflict, purged), a mapping for each incoming code that matched none here, and Proceed or
 * Cancel. The preview is computed off the UI thread, with a progress figure and Cancel, and
 * recomputed when a choice changes (target, mapping, a document's carry tick); Proceed lands
 * that computed merge unless the project changed meanwhile (see `applyMerge`).
 */
export function MergePreviewDialog() {
  const workbench = useWorkbench();
  const prompts = mergePromptsOf(workbench);
  const pending = useSyncExternalStore(
    (listener) => prompts.subscribe(listener),
    () => prompts.current(),
  );
  if (!pending) return null;
  // A fresh dialog (fresh choices) for every question.
  return <PreviewFor key={pending.id} pending={pending} />;
}

function PreviewFor({ pending }: { pending: PendingMerge }) {
  const { question, answer } = pending;
  const [target, setTarget] = useState<Id>(
    question.initialTarget ??
      (question.allowNewProject ? NEW_PROJECT : (question.targets[0]?.id ?? NEW_PROJECT)),
  );
  const [mapping, setMapping] = useState<CodeMapping>({});
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [progress, setProgress] = useState<MergeProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Local documents whose incoming annotations stay on the incoming copy (unticked).
  const [besides, setBesides] = useState<ReadonlySet<Id>>(new Set());
  const toggleCarry = (localId: Id, carry: boolean) => {
    const next = new Set(besides);
    if (carry) next.delete(localId);
    else next.add(localId);
    setBesides(next);
  };

  useEffect(() => {
    setPreview(null);
    setError(null);
    setProgress(null);
    if (target === NEW_PROJECT) return;
    const controller = new AbortController();
    const onProgress = (p: MergeProgress) => !controller.signal.aborted && setProgress(p);
    question
      .preview(target, mapping, controller.signal, { leaveBeside: [...besides], onProgress })
      .then((p) => !controller.signal.aborted && setPreview(p))
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => controller.abort();
  }, [question, target, mapping, besides]);

  const cancel = () => answer(null);
  const proceed = () =>
    answer(
      target === NEW_PROJECT
        ? { action: 'new-project' }
        : {
            action: 'merge',
            projectId: target,
            codeMapping: mapping,
            carryOnto: (preview?.changedTexts ?? [])
              .map((c) => c.localId)
              .filter((id) => !besides.has(id)),
          },
    );
  const ready = target === NEW_PROJECT || (preview !== null && preview.problems.length === 0);

  return (
    <Modal label="Merge preview" onClose={cancel} wide>
      <h2>Merge {question.sourceName}</h2>
      <p>
        <label>
          Merge into{' '}
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            {question.targets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
            {question.allowNewProject && <option value={NEW_PROJECT}>A new project</option>}
          </select>
        </label>
      </p>
      {target === NEW_PROJECT && <p>{question.fileName} will come in as a new project.</p>}
      {target !== NEW_PROJECT && !preview && !error && (
        <p role="status" aria-label="Computing the merge">
          {progressText(progress)} <button onClick={cancel}>Cancel</button>
        </p>
      )}
      {error && <p role="alert">Could not compute the merge: {error}</p>}
      {preview && (
        <>
          <table className="merge-counts">
            <caption>What {question.fileName} brings</caption>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                {COLUMNS.map(([key, label]) => (
                  <th key={key} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {KINDS.map(([kind, label]) => (
                <tr key={kind}>
                  <th scope="row">{label}</th>
                  {COLUMNS.map(([key]) => (
                    <td key={key}>{preview.report.counts[kind][key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {preview.report.unmatchedCodes.length > 0 && (
            <fieldset>
              <legend>Codes that match none here</legend>
              {preview.report.unmatchedCodes.map(({ code, path }) => (
                <p key={code.id}>
                  <label>
                    {path}{' '}
                    <select
                      value={mapping[code.id] ?? 'create'}
                      onChange={(e) => setMapping({ ...mapping, [code.id]: e.target.value })}
                    >
                      <option value="create">Create it</option>
                      {preview.localCodes.map((c) => (
                        <option key={c.id} value={c.id}>
                          Same as {c.path}
                        </option>
                      ))}
                    </select>
                  </label>
                </p>
              ))}
            </fieldset>
          )}
          {preview.changedTexts.length > 0 && (
            <fieldset aria-label="Documents with another text">
              <legend>Documents with another text than your copy</legend>
              <p>
                Ticked: the incoming annotations are placed on your copy (by their quote and
                context); any that cannot be placed surely are kept in its orphans list. Unticked:
                the document comes in beside your copy with its annotations.
              </p>
              {preview.changedTexts.map((c) => (
                <p key={c.localId}>
                  <label>
                    <input
                      type="checkbox"
                      checked={!besides.has(c.localId)}
                      onChange={(e) => toggleCarry(c.localId, e.target.checked)}
                    />{' '}
                    Carry the incoming annotations onto my copy of {c.local}
                    {c.incoming !== c.local ? ` (theirs: ${c.incoming})` : ''}
                  </label>
                </p>
              ))}
            </fieldset>
          )}
          {preview.warnings.length > 0 && (
            <ul aria-label="Warnings">
              {preview.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {carriedAny(preview.carried) && <p role="note">{carriedLine(preview.carried)}</p>}
          {preview.problems.length > 0 && (
            <ul role="alert">
              {preview.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button className="primary" onClick={proceed} disabled={!ready}>
          Proceed
        </button>
        <button onClick={cancel}>Cancel</button>
      </div>
    </Modal>
  );
}
