import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import './reanchor.css';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { notice } from '../../state/notices';
import { Modal } from '../layout/Modal';
import { applyCarry, planCarry, type CarryPlan } from './carry-codes';
import { compareRows } from './compare-rows';
import { ComparePane, selectedTargetSpan } from './ComparePane';
import { reanchorRunnerOf } from './reanchor-runner-of';
import {
  acceptAllConfident,
  decide,
  isConfident,
  nextToReview,
  placeByHand,
  type Proposal,
} from './review';
import { ReviewList } from './ReviewList';

/**
 * "Carry codes to another document…": pick the document whose codes to carry and the one to
 * carry them to, then review in the compare view; the accepted ones land as one undoable change.
 */
export function CarryCodesDialog(props: {
  onClose(): void;
  /** Preselected documents (e.g. a merged document's two texts); default: the open one, then another. */
  sourceId?: string;
  targetId?: string;
}) {
  const workbench = useWorkbench();
  const documents = useWorkbenchState((s) => s.documents);
  const openId = useWorkbenchState((s) => s.openDocument?.meta.id ?? '');
  const live = useMemo(
    () =>
      documents
        .filter((d) => !d.deleted)
        .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true })),
    [documents],
  );
  const [sourceId, setSourceId] = useState(props.sourceId ?? (openId || (live[0]?.id ?? '')));
  const [targetId, setTargetId] = useState(
    props.targetId ?? live.find((d) => d.id !== sourceId)?.id ?? '',
  );
  const [plan, setPlan] = useState<CarryPlan | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const compare = async () => {
    setError(null);
    const controller = new AbortController();
    running.current = controller;
    setProgress({ done: 0, total: 0 });
    try {
      const made = await planCarry(
        workbench,
        reanchorRunnerOf(workbench),
        { sourceId, targetId },
        { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) },
      );
      setPlan(made);
    } catch (e) {
      if (!controller.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
      running.current = null;
    }
  };

  if (plan) return <CompareView plan={plan} onClose={props.onClose} />;
  const name = (id: string) => live.find((d) => d.id === id)?.name ?? '';
  return (
    <Modal label="Carry codes to another document" onClose={props.onClose}>
      <h2>Carry codes to another document</h2>
      <p className="muted">
        Each annotation of the first document is placed on the second by its quote and context. You
        review the places side by side before anything is added.
      </p>
      <label className="field" htmlFor="carry-source">
        Carry the codes of
      </label>
      <select id="carry-source" value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
        {live.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      <label className="field" htmlFor="carry-target">
        to the document
      </label>
      <select id="carry-target" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
        {live.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </select>
      {sourceId === targetId && <p role="alert">Choose two different documents.</p>}
      {error && (
        <p role="alert">
          Could not compare {name(sourceId)} with {name(targetId)}: {error}
        </p>
      )}
      {progress && (
        <p role="status">
          Placing annotations…{' '}
          <progress
            max={progress.total || 1}
            value={progress.done}
            aria-label="Placing annotations"
          />
        </p>
      )}
      <div className="dialog-actions">
        <button onClick={progress ? () => running.current?.abort() : props.onClose}>
          {progress ? 'Stop' : 'Cancel'}
        </button>
        <button
          className="primary"
          disabled={!sourceId || !targetId || sourceId === targetId || progress !== null}
          onClick={() => void compare()}
        >
          Compare
        </button>
      </div>
    </Modal>
  );
}

/** The compare view: both texts aligned, the proposals to review, and the carry itself. */
function CompareView(props: { plan: CarryPlan; onClose(): void }) {
  const workbench = useWorkbench();
  const codes = useWorkbenchState((s) => s.codes);
  const { source, target } = props.plan;
  const [proposals, setProposals] = useState<Proposal[]>(props.plan.proposals);
  const [current, setCurrent] = useState(0);
  const [hint, setHint] = useState('');
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => compareRows(source.text, target.text), [source.text, target.text]);

  useEffect(() => {
    const el =
      root.current?.querySelector('.compare-cell.right .carry-current') ??
      root.current?.querySelector('.compare-cell.left .carry-current');
    el?.scrollIntoView({ block: 'center' });
  }, [current]);

  const move = useCallback((index: number) => setCurrent(index), []);
  const onDecide = (decision: 'accepted' | 'rejected') => {
    const p = proposals[current];
    if (!p) return;
    if (decision === 'accepted' && !p.span) {
      setHint('No place was found for this one: select its span on the right, then press Enter.');
      return;
    }
    const next = decide(proposals, current, decision);
    setProposals(next);
    setCurrent(nextToReview(next, current, 1));
  };
  // Enter after selecting on the right places the proposal under review there. Listened to on
  // the window: a mouse selection leaves focus wherever it was (the dialog, the list).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !root.current) return;
      const span = selectedTargetSpan(root.current);
      if (!span) return;
      event.preventDefault();
      const next = placeByHand(proposals, current, span);
      setProposals(next);
      window.getSelection()?.removeAllRanges();
      setHint(`Placed by hand on “${target.text.slice(span.start, span.end).slice(0, 60)}”.`);
      setCurrent(nextToReview(next, current, 1));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [proposals, current, target.text]);

  const accepted = proposals.filter((p) => p.decision === 'accepted').length;
  const toReview = proposals.filter((p) => p.decision === null).length;
  const counts = (status: Proposal['placement']['status']) =>
    proposals.filter((p) => p.placement.status === status).length;
  const carry = async () => {
    setBusy(true);
    try {
      const label = await applyCarry(workbench, { ...props.plan, proposals });
      const kept = proposals.filter((p) => p.decision === null && !isConfident(p)).length;
      workbench.notify(
        notice(
          'info',
          `Done: ${label}`,
          kept > 0 ? [`${kept} not placed kept in the orphans list of ${target.name}.`] : [],
        ),
      );
      props.onClose();
    } catch (e) {
      workbench.fail(`Could not carry the codes to ${target.name}`, e);
      setBusy(false);
    }
  };

  return (
    <Modal label={`Compare ${source.name} with ${target.name}`} onClose={props.onClose} full>
      <div className="compare" ref={root}>
        <div className="compare-top">
          <h2>
            Carry codes from {source.name} to {target.name}
          </h2>
          <p className="muted" role="status">
            {counts('exact')} exact, {counts('fuzzy')} fuzzy, {counts('orphan')} doubtful ·{' '}
            {accepted} accepted, {toReview} to review
          </p>
        </div>
        <div className="compare-body">
          <ComparePane
            rows={rows}
            leftText={source.text}
            rightText={target.text}
            leftName={source.name}
            rightName={target.name}
            proposals={proposals}
            current={current}
          />
          <aside className="compare-review" aria-label="Review">
            <button
              onClick={() => {
                const next = acceptAllConfident(proposals);
                setProposals(next);
                setCurrent(Math.max(0, nextToReview(next, -1, 1)));
                setHint('');
              }}
            >
              Accept all confident
            </button>
            <div className="compare-keys muted">
              ↑/↓ move · N/P next/previous to review · A accept · R reject · select on the right and
              press Enter to place by hand
            </div>
            <ReviewList
              proposals={proposals}
              codes={codes}
              current={current}
              onMove={move}
              onNextToReview={(step) => setCurrent(nextToReview(proposals, current, step))}
              onDecide={onDecide}
            />
            {hint && <p role="status">{hint}</p>}
          </aside>
        </div>
        <div className="dialog-actions">
          <button onClick={props.onClose}>Cancel</button>
          <button
            className="primary"
            disabled={busy || accepted === 0}
            onClick={() => void carry()}
          >
            Carry {accepted} annotation{accepted === 1 ? '' : 's'}
          </button>
        </div>
      </div>
    </Modal>
  );
}
