import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import {
  comparePassages,
  describeDisagreement,
  type Passage,
} from '../../../../core/agreement/passages';
import type { Annotation, Code, Coder } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { notice } from '../../state/notices';
import type { DocumentMeta } from '../../state/workbench-state';
import { isTextField } from '../../app/use-global-keys';
import { laneColours } from './coder-colours';
import {
  contextWindow,
  isSettled,
  lanePieces,
  passageKey,
  step,
  verdictLabel,
} from './compare-model';
import { acceptVerdicts, exportConsensus, findConsensusCoder } from './consensus';
import { CoderOverview } from './CoderOverview';
import { CONSENSUS_NAME, type AgreementChoice } from './view-choice';

interface Loaded {
  documentId: string;
  text: string;
  annotations: Annotation[];
  consensus: Coder | null;
}

/** One coder's lane at the current passage: the passage's text with their coding marked. */
function Lane(props: {
  name: string;
  colour: string;
  text: string;
  version: readonly Annotation[];
  range: { from: number; to: number };
  codeName(id: string): string;
}) {
  const { version, range } = props;
  return (
    <div className="agreement-lane" role="group" aria-label={`${props.name}'s coding`}>
      <div className="agreement-lane-name">
        <span className="agreement-swatch" style={{ background: props.colour }} aria-hidden />
        {props.name}
      </div>
      <div className="agreement-lane-text">
        {lanePieces(version, range.from, range.to).map((piece) =>
          piece.covering.length === 0 ? (
            <span key={piece.start}>{props.text.slice(piece.start, piece.end)}</span>
          ) : (
            <mark
              key={piece.start}
              style={{ background: `${props.colour}40`, borderBottomColor: props.colour }}
              title={piece.covering.flatMap((a) => a.codeIds.map(props.codeName)).join(', ')}
            >
              {props.text.slice(piece.start, piece.end)}
            </mark>
          ),
        )}
      </div>
      <ul className="agreement-lane-codes">
        {version.length === 0 ? (
          <li className="muted">Not coded</li>
        ) : (
          version.map((a) => (
            <li key={a.id}>
              {a.codeIds.map(props.codeName).join(', ')}{' '}
              <span className="muted">
                (characters {a.start}–{a.end}){a.memo ? `; memo: ${a.memo}` : ''}
              </span>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}

/**
 * Side-by-side comparison of the chosen coders on one document, and adjudication: each coder's
 * lane shows the passage's text with their coding marked, the overview shows the whole document
 * per coder with the disagreements; N and P (or the buttons) step through the disagreements and
 * scroll the document behind to each; 1, 2, … accept a coder's version, B accepts every version,
 * 0 accepts none. Each verdict is one undoable change that copies the accepted annotations to
 * the Consensus coder.
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
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);

  const coders = useMemo(
    () =>
      props.coders.filter((c) => props.choice.coderIds.includes(c.id) && c.name !== CONSENSUS_NAME),
    [props.coders, props.choice.coderIds],
  );
  const names = coders.map((c) => c.name);
  const colours = laneColours(
    knownCoders,
    coders.map((c) => c.id),
  );
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
  const settled = (p: Passage) =>
    isSettled(p, consensusAnnotations, dismissed.has(passageKey(documentId, p)));
  const open = disagreements.filter((p) => !settled(p));
  const agreedOpen = passages.filter((p) => p.disagreement === null && !settled(p));
  const passage = disagreements[current] ?? null;

  function go(index: number) {
    setCurrent(index);
    const target = disagreements[index];
    const first = target?.versions.find((v) => v.length > 0)?.[0];
    if (!target || !first) return;
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

  async function decide(accept: number[]) {
    if (!passage || busy) return;
    setBusy(true);
    try {
      if (accept.length === 0) {
        setDismissed((d) => new Set([...d, passageKey(documentId, passage)]));
      } else {
        await acceptVerdicts(workbench, [{ passage, accept }], verdictLabel(accept, names));
      }
      workbench.notify(notice('info', `Consensus: ${verdictLabel(accept, names)}`));
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
      await acceptVerdicts(
        workbench,
        agreedOpen.map((p) => ({ passage: p, accept: [0] })),
        `accept ${agreedOpen.length} agreed passages`,
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
    const key = event.key.toLowerCase();
    let handled = true;
    if (key === 'n') go(step(current, disagreements.length, 1));
    else if (key === 'p') go(step(current, disagreements.length, -1));
    else if (key === 'b' && passage) void decide(coders.map((_, i) => i));
    else if (key === '0' && passage) void decide([]);
    else if (/^[1-9]$/.test(key) && passage && Number(key) <= coders.length) {
      const i = Number(key) - 1;
      if ((passage.versions[i]?.length ?? 0) > 0) void decide([i]);
    } else handled = false;
    if (handled) event.preventDefault();
  }

  if (coders.length < 2)
    return <p>Choose two or more coders (other than {CONSENSUS_NAME}) on the table tab.</p>;
  const shown = passage && loaded ? contextWindow(loaded.text, passage) : null;
  const consensusHere = passage
    ? consensusAnnotations.filter((a) => a.start < passage.end && a.end > passage.start)
    : [];

  return (
    // The region takes the stepping keys; it is focusable so they work without a mouse.
    <section
      className="agreement-compare"
      aria-label="Compare coders"
      aria-keyshortcuts="N P 0 B 1 2 3"
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
        <span role="status" className="agreement-count">
          {loaded
            ? `${disagreements.length} disagreements, ${open.length} not yet adjudicated; ${passages.length - disagreements.length} agreed passages`
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
        >
          <h3>
            Disagreement {current + 1} of {disagreements.length}:{' '}
            {describeDisagreement(passage, names)}
            {settled(passage) ? ' (adjudicated)' : ''}
          </h3>
          {coders.map((c, i) => (
            <Lane
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
            <Lane
              name={CONSENSUS_NAME}
              colour="#555555"
              text={loaded.text}
              version={consensusHere}
              range={shown}
              codeName={codeName}
            />
          )}
          <div className="dialog-actions agreement-verdicts">
            {coders.map((c, i) => (
              <button
                key={c.id}
                disabled={busy || (passage.versions[i]?.length ?? 0) === 0}
                onClick={() => void decide([i])}
                aria-keyshortcuts={String(i + 1)}
              >
                Accept {c.name}’s version ({i + 1})
              </button>
            ))}
            <button
              disabled={busy}
              onClick={() => void decide(coders.map((_, i) => i))}
              aria-keyshortcuts="B"
            >
              {coders.length === 2 ? 'Accept both (B)' : 'Accept every version (B)'}
            </button>
            <button disabled={busy} onClick={() => void decide([])} aria-keyshortcuts="0">
              Accept neither (0)
            </button>
          </div>
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
