import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { useCoderEntries } from '../coders/use-coder-entries';
import { AnnotationDetails } from './AnnotationDetails';
import { AnnotationRow } from './AnnotationRow';
import { annotationRows } from './annotation-rows';
import { scrollTopToShow, visibleRows } from './virtual-rows';
import './annotation-list.css';

/** Height of one row (codes line, two lines of quote, memo line), in CSS pixels. */
const ROW_HEIGHT = 84;

/**
 * The open document's annotations in reading order; clicking one selects it and scrolls to it.
 * Virtualized: only the rows in view are mounted, so coding deep in a document with 100,000
 * annotations mounts a few dozen rows, not every row up to the new one (ARCHITECTURE.md §4).
 */
export function AnnotationList() {
  const workbench = useWorkbench();
  const version = useWorkbenchState((s) => s.annotationsVersion);
  const codes = useWorkbenchState((s) => s.codes);
  const selected = useWorkbenchState((s) => s.selectedAnnotationId);
  const hasDocument = useWorkbenchState((s) => s.openDocument !== null);
  // While the full records load after the first paint, the snapshot says how many there are.
  const loading = useWorkbenchState((s) => s.annotationPreview?.ids.length ?? null);
  const coderFilter = useWorkbenchState((s) => s.coderView.filter);
  // Read from the interval index in reading order, only the rows on screen (no copy of all).
  const annotations = useMemo(
    () => annotationRows(workbench.annotations, coderFilter),
    [workbench, version, coderFilter], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const total = workbench.annotations.size;
  const coders = useCoderEntries();
  const coderById = useMemo(() => new Map(coders.map((c) => [c.id, c])), [coders]);
  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const body = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const onSelect = useCallback(
    (id: string) => workbench.selectAnnotation(id, { scroll: true }),
    [workbench],
  );

  // Follow the scroller's position and size, at most once a frame.
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      setView((v) =>
        v.top === el.scrollTop && v.height === el.clientHeight
          ? v
          : { top: el.scrollTop, height: el.clientHeight },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(el);
    el.addEventListener('scroll', schedule, { passive: true });
    read();
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      el.removeEventListener('scroll', schedule);
    };
  }, [hasDocument]);

  // Bring the selected annotation into the list's view (its row may not be mounted yet).
  useLayoutEffect(() => {
    const el = body.current;
    if (!el || !selected) return;
    const index = annotations.indexOf(selected);
    if (index < 0) return;
    const next = scrollTopToShow(index, el.scrollTop, el.clientHeight, ROW_HEIGHT);
    if (next !== null) el.scrollTop = next;
  }, [selected, annotations]);

  const rows = visibleRows(view.top, view.height, ROW_HEIGHT, annotations.count);
  const shown = annotations.slice(rows.first, rows.end);

  return (
    <>
      <div className="pane-header">
        <h2 id="annotations-heading">Annotations</h2>
        <span className="muted">
          {annotations.count === total ? total : `${annotations.count} of ${total}`}
        </span>
      </div>
      {selected && <AnnotationDetails annotationId={selected} />}
      <div className="pane-body" ref={body}>
        {!hasDocument || annotations.count === 0 ? (
          <p className="muted" style={{ padding: 12 }}>
            {!hasDocument
              ? 'Open a document to see its annotations.'
              : loading
                ? `Loading ${loading} annotations…`
                : total > 0
                  ? `The coder filter hides all ${total} annotations of this document.`
                  : 'No annotations in this document yet.'}
          </p>
        ) : (
          <ul
            className="list annotation-list"
            aria-labelledby="annotations-heading"
            style={{ height: annotations.count * ROW_HEIGHT }}
          >
            {shown.map((annotation, i) => (
              <AnnotationRow
                key={annotation.id}
                annotation={annotation}
                codeById={codeById}
                coder={coderById.get(annotation.createdBy)}
                index={rows.first + i}
                count={annotations.count}
                top={(rows.first + i) * ROW_HEIGHT}
                height={ROW_HEIGHT}
                current={annotation.id === selected}
                onSelect={onSelect}
              />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
