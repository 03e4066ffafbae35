import { useEffect, useMemo, useRef, useState } from 'react';
import type { Coder } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { liveCodes, liveDocuments } from '../../state/selectors';
import { readProjectCoders } from '../coders/project-coders';
import { Modal } from '../layout/Modal';
import type { AgreementProgress } from './agreement-protocol';
import { AgreementChoiceError, createWorkerAgreement } from './agreement-runner';
import { AgreementResults } from './AgreementResults';
import { ChoiceForm } from './ChoiceForm';
import { CompareCoders } from './CompareCoders';
import type { AgreementOutcome } from './table-view';
import { choiceProblem, defaultChoice, type AgreementChoice } from './view-choice';
import './agreement.css';

type Tab = 'table' | 'compare';

/**
 * The agreement view: choose coders, documents, codes, unit and measures, compute the table in a
 * worker (progress, Cancel), read and export it; or compare the coders side by side on one
 * document and adjudicate their disagreements into the Consensus coder.
 */
export function AgreementDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const documents = useWorkbenchState(liveDocuments);
  const codes = useWorkbenchState(liveCodes);
  const [coders, setCoders] = useState<Coder[] | null>(null);
  const [choice, setChoice] = useState<AgreementChoice | null>(null);
  const [tab, setTab] = useState<Tab>('table');
  const [outcome, setOutcome] = useState<AgreementOutcome | null>(null);
  const [progress, setProgress] = useState<AgreementProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  const runner = useMemo(() => createWorkerAgreement(), []);

  useEffect(() => {
    const projectId = workbench.state.projectId;
    if (!projectId) return;
    // Read in a worker: finding who annotated reads every annotation record.
    void readProjectCoders(projectId).then(
      ({ coders: found, annotatingIds }) => {
        setCoders(found);
        // By default the coders who annotated (not whoever only imported or wrote the codebook).
        const active = found.filter((c) => annotatingIds.includes(c.id));
        setChoice(
          (c) =>
            c ??
            defaultChoice(
              active,
              documents.map((d) => d.id),
              codes.map((x) => x.id),
            ),
        );
      },
      (error: unknown) => workbench.fail('Could not read the project’s coders', error),
    );
    // Once per open: the lists are the project's as the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workbench]);
  useEffect(() => () => running.current?.abort(new Error('Closed.')), []);

  async function compute() {
    const projectId = workbench.state.projectId;
    if (!choice || !projectId) return;
    running.current?.abort(new Error('Replaced.'));
    const controller = new AbortController();
    running.current = controller;
    setProblem(null);
    setProgress({ phase: 'reading', done: 0, total: 1 });
    try {
      setOutcome(await runner.compute(projectId, choice, setProgress, controller.signal));
    } catch (error) {
      if (controller.signal.aborted) return;
      if (error instanceof AgreementChoiceError) setProblem(error.message);
      else workbench.fail('Could not compute agreement', error);
    } finally {
      if (running.current === controller) {
        running.current = null;
        setProgress(null);
      }
    }
  }

  const cannot = choice ? choiceProblem(choice) : 'Reading the project’s coders…';
  return (
    <Modal label="Inter-coder agreement" onClose={props.onClose} wide>
      <div className="agreement-dialog">
        <h2>Inter-coder agreement</h2>
        <div role="tablist" aria-label="Agreement view" className="agreement-tabs">
          {(
            [
              ['table', 'Agreement table'],
              ['compare', 'Compare and adjudicate'],
            ] as const
          ).map(([id, label]) => (
            <button
              key={id}
              role="tab"
              id={`agreement-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`agreement-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  const next = tab === 'table' ? 'compare' : 'table';
                  setTab(next);
                  document.getElementById(`agreement-tab-${next}`)?.focus();
                }
              }}
            >
              {label}
            </button>
          ))}
        </div>
        {!(choice && coders) && <p role="status">Reading the project’s coders…</p>}
        {choice && coders && (
          <div
            role="tabpanel"
            id={`agreement-panel-${tab}`}
            aria-labelledby={`agreement-tab-${tab}`}
          >
            {tab === 'table' ? (
              <>
                <ChoiceForm
                  coders={coders}
                  documents={documents}
                  codes={codes}
                  choice={choice}
                  onChange={setChoice}
                />
                <div className="dialog-actions agreement-compute">
                  <button
                    className="primary"
                    onClick={() => void compute()}
                    disabled={cannot !== null || progress !== null}
                  >
                    Compute
                  </button>
                  {cannot && <span className="muted">{cannot}</span>}
                  {problem && (
                    <span role="alert" className="agreement-problem">
                      {problem}
                    </span>
                  )}
                  {progress && (
                    <span role="status" className="agreement-progress">
                      {progress.phase === 'reading'
                        ? 'Reading the project…'
                        : `Computing: ${progress.done} of ${progress.total} codes`}{' '}
                      {/* No bar while reading: an indeterminate bar repaints every frame. */}
                      {progress.phase === 'computing' && (
                        <progress
                          aria-label="Agreement progress"
                          max={progress.total}
                          value={progress.done}
                        />
                      )}{' '}
                      <button onClick={() => running.current?.abort(new Error('Cancelled.'))}>
                        Cancel
                      </button>
                    </span>
                  )}
                </div>
                {outcome && <AgreementResults outcome={outcome} />}
              </>
            ) : (
              <CompareCoders coders={coders} choice={choice} documents={documents} codes={codes} />
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button onClick={props.onClose}>Close</button>
        </div>
      </div>
    </Modal>
  );
}
