import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  comparePassages,
  describeDisagreement,
  type Passage,
} from '../../../../core/agreement/passages';
import type { Verdict } from '../../../../core/commands/adjudication';
import type { Annotation, Code, Coder } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { notice } from '../../state/notices';
import type { DocumentMeta } from '../../state/workbench-state';
import { isTextField } from '../../app/use-global-keys';
import { laneColours } from './coder-colours';
import { compareAction, type CompareAction } from './compare-keys';
import { contextWindow, settling, step, verdictLabel } from './compare-model';
import { acceptVerdicts, exportConsensus, findConsensusCoder } from './consensus';
import { CoderLane } from './CoderLane';
import { CoderOverview } from './CoderOverview';
import { laneSelection } from './lane-selection';
import { VerdictBar, type DrawnSpan } from './VerdictBar';
import { CONSENSUS_NAME, type AgreementChoice } from './view-choice';

interface Loaded {
  documentId: string;
  text: string;
  annotations: Annotation[];
  consensus: Coder | null;
}

/**
 * Side-by-side comparison of the chosen coders on one document, and adjudication: each coder's
 * lane shows the passage's text with their coding marked, the overview shows the whole document
 * per coder with the disagreements; N and P (or the buttons) step through the disagreements and
 * scroll the document behind to each; 1, 2, … accept a coder's version, B accepts every version,
 * M the merged span, 0 none, S new boundaries selected in a lane. Each verdict is one undoable
 * change that adds consensus annotations naming the annotations they came from; "accept
 * neither" too (a consensus annotation with no code), so every decision survives a reload.
 */
export function CompareCoders(props: {
  coders: Coder[];
  choice: AgreementChoice;
  documents: DocumentMeta[];
  codes: Code[];
}) {
  const workbench = useWorkbench();
  const undoLabel = useWorkbenchState((s) => s.undoLabel);
  const knownCoders = useWorkbenchState((s) => s.knownCoders);
  const projectId = useWorkbenchState((s) => s.projectId);
  const chosenDocuments = props.documents.filter((d) => props.choice.documentIds.includes(d.id));
  const [documentId, setDocumentId] = useState(() => {
    const open = workbench.state.openDocument?.meta.id;
    return chosenDocuments.find((d) => d.id === open)?.id ?? chosenDocuments[0]?.id ?? '';
  });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [version, setVersion] = useState(0);
  const [current, setCurrent] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [drawn, setDrawn] = useState<DrawnSpan>({ start: 0, end: 0, codeId: '' });
  const passageRef = useRef<HTMLDivElement>(null);

  const coders = useMemo(
    () =>
      props.coders.filter((c) => props.choice.coderIds.includes(c.id) && c.name !== CONSENSUS_NAME),
    [props.coders, props.choice.coderIds],
  );
  const names = coders.map((c) => c.name);
  const colours = useMemo(
    () =>
      laneColours(
        knownCoders,
        coders.map((c) => c.id),
      ),
    [knownCoders, coders],
  );
  const [showLanes, setShowLanes] = useState(true);
  const codeSet = useMemo(() => new Set(props.choice.codeIds), [props.choice.codeIds]);
  const codeNames = useMemo(() => new Map(props.codes.map((c) => [c.id, c.name])), [props.codes]);
  const codeName = useCallback((id: string) => codeNames.get(id) ?? id, [codeNames]);

  useEffect(() => workbench.onChangeSetApplied(() => setVersion((v) => v + 1)), [workbench]);
  useEffect(() => {
    if (!projectId || !documentId) return;
    let live = true;
    void Promise.all([
      workbench.storage.getDocument(projectId, documentId),
      workbench.storage.listAnnotations(projectId, documentId),
      findConsensusCoder(workbench),
    ]).then(([doc, annotations, consensus]) => {
      if (live && doc)
        setLoaded({
          documentId,
          text: doc.text,
          annotations: annotations.filter((a) => !a.deleted),
          consensus,
        });
    });
    return () => {
      live = false;
    };
  }, [workbench, projectId, documentId, version]);

  const passages = useMemo(
    () =>
      loaded
        ? comparePassages(
            loaded.annotations,
            coders.map((c) => c.id),
            codeSet,
          )
        : [],
    [loaded, coders, codeSet],
  );
  const disagreements = passages.filter((p) => p.disagreement !== null);
  const consensusAnnotations = useMemo(
    () =>
      loaded?.consensus
        ? loaded.annotations.filter((a) => a.createdBy === loaded.consensus?.id)
        : [],
    [loaded],
  );
  const settled = (p: Passage) => settling(p, consensusAnnotations).length > 0;
  const open = disagreements.filter((p) => !settled(p));
  const agreedCount = passages.length - disagreements.length;
  const agreedOpen = passages.filter((p) => p.disagreement === null && !settled(p));
  const passage = disagreements[current] ?? null;

  // The same comparison as lanes in the document's margin (they stay after the dialog closes,
  // until hidden there or here).
  useEffect(() => {
    if (!showLanes) {
      workbench.store.set({ comparison: null });
      return;
    }
    if (!loaded) return;
    const at = passage ? passages.indexOf(passage) : -1;
    workbench.store.set({
      comparison: {
        documentId: loaded.documentId,
        coders: coders.map((c, i) => ({ id: c.id, name: c.name, colour: colours[i] ?? '#555555' })),
        passages,
        current: at >= 0 ? at : null,
        consensusCoderId: loaded.consensus?.id ?? null,
      },
    });
  }, [workbench, showLanes, loaded, passages, coders, colours, passage]);

  function go(index: number) {
    setCurrent(index);
    const target = disagreements[index];
    const first = target?.versions.find((v) => v.length > 0)?.[0];
    if (!target || !first) return;
    setDrawn({ start: target.start, end: target.end, codeId: first.codeIds[0] ?? '' });
    // The document behind the dialog follows, so closing it leaves the reader there.
    void (async () => {
      if (workbench.state.openDocument?.meta.id !== documentId)
        await workbench.openDocument(documentId);
      workbench.selectAnnotation(first.id, { scroll: true });
    })();
  }

  function nextOpen(after: number): number {
    for (let k = 1; k <= disagreements.length; k++) {
      const i = (after + k) % disagreements.length;
      const p = disagreements[i];
      if (p && !settled(p) && i !== after) return i;
    }
    return after;
  }

  function verdictOf(action: CompareAction, on: Passage): Verdict | null {
    switch (action.kind) {
      case 'step':
        return null;
      case 'versions':
        if (
          action.accept.length === 1 &&
          (on.versions[action.accept[0] as number]?.length ?? 0) === 0
        )
          return null;
        return { passage: on, kind: 'versions', accept: action.accept };
      case 'merged':
        return { passage: on, kind: 'merged' };
      case 'span':
        if (!(drawn.start < drawn.end) || !drawn.codeId) return null;
        return {
          passage: on,
          kind: 'span',
          start: drawn.start,
          end: drawn.end,
          codeIds: [drawn.codeId],
        };
    }
  }

  async function decide(action: CompareAction) {
    if (action.kind === 'step') return go(step(current, disagreements.length, action.direction));
    const verdict = passage && verdictOf(action, passage);
    if (!verdict || !loaded || busy) return;
    setBusy(true);
    try {
      const label = verdictLabel(
        action.kind === 'span' ? { ...drawn, kind: 'span' } : action,
        names,
      );
      await acceptVerdicts(workbench, [verdict], label, loaded.text);
      workbench.notify(notice('info', `Consensus: ${label}`));
      const next = nextOpen(current);
      if (next !== current) go(next);
    } catch (error) {
      workbench.fail('Could not adjudicate', error);
    } finally {
      setBusy(false);
    }
  }

  async function acceptAgreed() {
    setBusy(true);
    try {
      if (!loaded) return;
      // Every coder's version (identical, so joined): the consensus names all of them.
      const all = coders.map((_, i) => i);
      await acceptVerdicts(
        workbench,
        agreedOpen.map((p) => ({ passage: p, kind: 'versions', accept: all })),
        `accept ${agreedOpen.length} agreed passages`,
        loaded.text,
      );
    } catch (error) {
      workbench.fail('Could not accept the agreed passages', error);
    } finally {
      setBusy(false);
    }
  }

  async function saveConsensus() {
    const consensus = loaded?.consensus;
    if (!consensus) return;
    try {
      const file = await exportConsensus(workbench, consensus.id);
      if (await workbench.platform.saveFile(file.name, file.content, 'application/json'))
        workbench.notify(notice('info', `Exported ${file.name}`));
    } catch (error) {
      workbench.fail('Could not export the consensus', error);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (isTextField(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = compareAction(event.key, coders.length);
    if (!action) return;
    event.preventDefault();
    void decide(action);
  }

  /** Text selected in a lane becomes the new boundaries' start and end. */
  function takeSelection() {
    const container = passageRef.current;
    const span = container && laneSelection(window.getSelection(), container);
    if (span) setDrawn((d) => ({ ...d, ...span }));
  }

  if (coders.length < 2)
    return <p>Choose two or more coders (other than {CONSENSUS_NAME}) on the table tab.</p>;
  const shown = passage && loaded ? contextWindow(loaded.text, passage) : null;
  const consensusHere = passage ? settling(passage, consensusAnnotations) : [];
  const chosenCodes = props.codes.filter((c) => codeSet.has(c.id));

  return (
    // The region takes the stepping keys; it is focusable so they work without a mouse.
    <section
      className="agreement-compare"
      aria-label="Compare coders"
      aria-keyshortcuts="N P 1 2 3 B M 0 S"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="agreement-compare-bar">
        <label>
          Document{' '}
          <select
            value={documentId}
            onChange={(e) => {
              setDocumentId(e.target.value);
              setCurrent(-1);
            }}
          >
            {chosenDocuments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={showLanes}
            onChange={(e) => setShowLanes(e.target.checked)}
          />{' '}
          Lanes in the document margin
        </label>
        <span role="status" className="agreement-count">
          {loaded
            ? `${disagreements.length} disagreements: ${disagreements.length - open.length} decided, ${open.length} to go; ${agreedCount} agreed passages, ${agreedCount - agreedOpen.length} accepted`
            : 'Reading the document…'}
        </span>
      </div>
      {loaded && (
        <CoderOverview
          length={loaded.text.length}
          coders={coders}
          colours={colours}
          passages={passages}
          current={passage}
        />
      )}
      <div className="dialog-actions agreement-steps">
        <button onClick={() => go(step(current, disagreements.length, -1))} aria-keyshortcuts="P">
          Previous disagreement (P)
        </button>
        <button onClick={() => go(step(current, disagreements.length, 1))} aria-keyshortcuts="N">
          Next disagreement (N)
        </button>
        <button
          onClick={() => void workbench.undo()}
          disabled={!undoLabel}
          aria-label={undoLabel ? `Undo: ${undoLabel}` : 'Undo'}
        >
          Undo{undoLabel ? `: ${undoLabel}` : ''}
        </button>
      </div>
      {passage && loaded && shown ? (
        <div
          className="agreement-passage"
          role="group"
          aria-label={`Disagreement ${current + 1} of ${disagreements.length}`}
          ref={passageRef}
          onMouseUp={takeSelection}
          onKeyUp={takeSelection}
        >
          <h3>
            Disagreement {current + 1} of {disagreements.length}:{' '}
            {describeDisagreement(passage, names)}
            {settled(passage) ? ' (decided)' : ''}
          </h3>
          {coders.map((c, i) => (
            <CoderLane
              key={c.id}
              name={c.name}
              colour={colours[i] ?? '#555555'}
              text={loaded.text}
              version={passage.versions[i] ?? []}
              range={shown}
              codeName={codeName}
            />
          ))}
          {consensusHere.length > 0 && (
            <CoderLane
              name={CONSENSUS_NAME}
              colour="#555555"
              text={loaded.text}
              version={consensusHere}
              range={shown}
              codeName={codeName}
            />
          )}
          <VerdictBar
            passage={passage}
            coderNames={names}
            codes={chosenCodes}
            busy={busy}
            drawn={drawn}
            onDrawn={setDrawn}
            onDecide={(action) => void decide(action)}
          />
        </div>
      ) : (
        <p className="muted">
          {disagreements.length === 0
            ? 'The chosen coders agree throughout this document.'
            : 'Press N for the first disagreement.'}
        </p>
      )}
      <div className="dialog-actions">
        <button disabled={busy || agreedOpen.length === 0} onClick={() => void acceptAgreed()}>
          Accept all {agreedOpen.length} agreed passages
        </button>
        <button disabled={!loaded?.consensus} onClick={() => void saveConsensus()}>
          Export consensus…
        </button>
      </div>
    </section>
  );
}
