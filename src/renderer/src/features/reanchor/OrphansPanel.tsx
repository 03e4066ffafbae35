import { useEffect, useState } from 'react';
import './reanchor.css';
import { newId, nowIso } from '../../../../core/ids/new-id';
import { isTextField } from '../../app/use-global-keys';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import type { Orphan } from '../../storage/orphan-store';
import { discarded, orphanState, placeOrphan, type OrphanState } from './orphan-actions';
import { useOrphans } from './use-orphans';

const REASONS: Record<NonNullable<Orphan['reason']>, string> = {
  'not-found': 'not found in this text',
  'low-confidence': 'only a doubtful match',
  ambiguous: 'several places fit equally',
  'empty-quote': 'it quotes nothing',
};

/**
 * The open document's orphans: annotations re-anchoring could not place here (to place by hand
 * — select the new span in the document, press Enter — or to discard, restorable), and those
 * it placed with doubt, with their confidence until confirmed. Nothing when there are none.
 */
export function OrphansPanel() {
  const workbench = useWorkbench();
  const codes = useWorkbenchState((s) => s.codes);
  const { orphans, store, reload } = useOrphans();
  const [placing, setPlacing] = useState<Orphan | null>(null);

  const isLive = (id: string) => workbench.annotations.get(id) !== undefined;
  const groups: Record<OrphanState, Orphan[]> = {
    'to-place': [],
    doubtful: [],
    settled: [],
    discarded: [],
  };
  for (const o of orphans) groups[orphanState(o, isLive)].push(o);

  const keep = async (orphan: Orphan) => {
    await store.keepOrphans([orphan]);
    reload();
  };
  const place = async (orphan: Orphan, span: { start: number; end: number }) => {
    let after: Orphan | null = null;
    await workbench.changes.change(() => {
      const doc = workbench.state.openDocument;
      if (!doc || doc.meta.id !== orphan.documentId) throw new Error('Open its document first.');
      const made = placeOrphan({
        orphan,
        text: doc.text,
        span,
        ctx: workbench.context(),
        newId: newId(),
      });
      after = made.orphan;
      return { set: made.set, value: undefined };
    });
    if (after) await keep(after);
  };
  const run = (title: string, work: Promise<unknown>) =>
    void work.catch((error: unknown) => workbench.fail(title, error));

  useEffect(() => {
    if (!placing) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return setPlacing(null);
      if (event.key !== 'Enter' || isTextField(event.target)) return;
      const span = workbench.state.selectionSpan;
      if (!span) return;
      event.preventDefault();
      setPlacing(null);
      run('Could not place the orphan', place(placing, span));
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  });

  const shown = groups['to-place'].length + groups.doubtful.length + groups.discarded.length;
  if (shown === 0) return null;
  const codeNames = (o: Orphan) =>
    o.annotation.codeIds.map((id) => codes.find((c) => c.id === id)?.name ?? 'code').join(', ');
  const quote = (o: Orphan) => `“${o.annotation.quote.slice(0, 80)}”`;

  return (
    <section className="orphans" aria-label="Orphans">
      <h3>
        Orphans: {groups['to-place'].length} to place, {groups.doubtful.length} placed with doubt
      </h3>
      {placing && (
        <p role="status">
          Select the new span of {quote(placing)} in the document, then press Enter (Escape
          cancels).
        </p>
      )}
      <ul className="list" aria-label="Orphans to place">
        {groups['to-place'].map((o) => (
          <li key={o.id}>
            <span>
              {codeNames(o)}: {quote(o)}{' '}
              <span className="muted">
                ({o.reason ? REASONS[o.reason] : 'placement undone'}; {o.origin})
              </span>
            </span>
            <button onClick={() => setPlacing(o)} aria-label={`Place ${quote(o)} by hand`}>
              Place…
            </button>
            {o.best && (
              <button
                onClick={() => run('Could not place the orphan', place(o, o.best!))}
                aria-label={`Place ${quote(o)} at the best guess (${Math.round(o.best.confidence * 100)}%)`}
              >
                Place at guess ({Math.round(o.best.confidence * 100)}%)
              </button>
            )}
            <button
              onClick={() => run('Could not discard the orphan', keep(discarded(o, nowIso())))}
              aria-label={`Discard ${quote(o)}`}
            >
              Discard
            </button>
          </li>
        ))}
      </ul>
      {groups.doubtful.length > 0 && (
        <ul className="list" aria-label="Placed with doubt">
          {groups.doubtful.map((o) => (
            <li key={o.id}>
              <span>
                {codeNames(o)}: {quote(o)}{' '}
                <span className="muted">placed at {Math.round((o.confidence ?? 0) * 100)}%</span>
              </span>
              <button onClick={() => workbench.selectAnnotation(o.placedAs!, { scroll: true })}>
                Show
              </button>
              <button
                onClick={() =>
                  run('Could not confirm the placement', keep({ ...o, settledAt: nowIso() }))
                }
                aria-label={`Confirm the placement of ${quote(o)}`}
              >
                Confirm
              </button>
            </li>
          ))}
        </ul>
      )}
      {groups.discarded.length > 0 && (
        <details>
          <summary>Discarded ({groups.discarded.length})</summary>
          <ul className="list" aria-label="Discarded orphans">
            {groups.discarded.map((o) => (
              <li key={o.id}>
                <span>
                  {codeNames(o)}: {quote(o)}
                </span>
                <button
                  onClick={() => run('Could not restore the orphan', keep(discarded(o, null)))}
                  aria-label={`Restore ${quote(o)}`}
                >
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
