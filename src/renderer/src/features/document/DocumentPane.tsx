import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { snapToWords } from '../../../../core/anchoring/snap-to-words';
import { columnsQuery } from '../../../../core/index/annotation-columns';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { DocumentSurface } from '../document-surface/document-surface';
import { findAll } from '../document-surface/find';
import type { Span } from '../document-surface/types';
import { useCodingKeys } from '../coding/use-coding-keys';
import { QuickPicker } from '../coding/QuickPicker';
import { returnToDocument } from '../coding/return-to-document';
import { ResizeHandles } from '../coding/resize-handles';
import { AnnotationChooser } from '../coding/AnnotationChooser';
import { CodersControl } from '../coders/CodersControl';
import { filterQuery } from '../coders/filter-query';
import { useCoderEntries } from '../coders/use-coder-entries';
import { useCoderStripes } from '../coders/use-coder-stripes';
import { CompareLanesBar } from '../compare-lanes/CompareLanesBar';
import { useCompareLanes } from '../compare-lanes/use-compare-lanes';
import { DocumentMemoDialog } from './DocumentMemoDialog';
import { FindBar } from './FindBar';
import { SelectionBar } from './SelectionBar';

const ZOOM_STEPS = [0.75, 0.85, 1, 1.15, 1.3, 1.5, 1.75, 2];

/**
 * The open document: rendered once by the framework-free surface (text never re-rendered when
 * annotations change), with find, zoom, selection preview and keyboard coding.
 */
export function DocumentPane(props: {
  findRequest: number;
  zoomRequest: { delta: number; at: number };
}) {
  const workbench = useWorkbench();
  const openDocument = useWorkbenchState((s) => s.openDocument);
  const codes = useWorkbenchState((s) => s.codes);
  const version = useWorkbenchState((s) => s.annotationsVersion);
  const preview = useWorkbenchState((s) => s.annotationPreview);
  const selectedId = useWorkbenchState((s) => s.selectedAnnotationId);
  const scrollRequest = useWorkbenchState((s) => s.scrollRequest);
  const restoreOffset = useWorkbenchState((s) => s.restoreOffset);
  const coderFilter = useWorkbenchState((s) => s.coderView.filter);
  const container = useRef<HTMLDivElement>(null);
  const surface = useRef<DocumentSurface | null>(null);
  const handles = useRef<ResizeHandles | null>(null);
  const altHeld = useRef(false);
  const [rawSpan, setRawSpan] = useState<Span | null>(null);
  const [zoom, setZoom] = useState(2);
  const [find, setFind] = useState<{ open: boolean; query: string; current: number }>({
    open: false,
    query: '',
    current: 0,
  });
  const [picker, setPicker] = useState<{ span: Span | null } | null>(null);
  const [memoOpen, setMemoOpen] = useState(false);
  const [chooser, setChooser] = useState<{ ids: string[]; x: number; y: number } | null>(null);

  const text = openDocument?.text ?? '';
  const snap = useCallback(
    (raw: Span | null): Span | null => {
      if (!raw || !text) return null;
      const snapped = altHeld.current ? raw : snapToWords(text, raw.start, raw.end);
      return snapped.end > snapped.start ? snapped : null;
    },
    [text],
  );
  const span = useMemo(() => snap(rawSpan), [snap, rawSpan]);
  // Read at key time, so a hotkey pressed in the same frame as the selection still sees it.
  const currentSpan = useCallback(() => snap(surface.current?.selectionSpan() ?? null), [snap]);

  useEffect(() => {
    workbench.store.set({ selectionSpan: span });
  }, [workbench, span]);

  // Create the surface once; it owns the text DOM and the highlight painter.
  useEffect(() => {
    if (!container.current) return;
    const created = new DocumentSurface(container.current, {
      onSelectionChange: (next) => setRawSpan(next),
      onAnnotationClick: (ids, point) => {
        const choose = (list: string[]) => {
          if (list.length === 0) return;
          workbench.selectAnnotation(list[0] ?? null);
          if (list.length > 1) setChooser({ ids: list, x: point.x, y: point.y });
        };
        const known = (list: string[]) => list.filter((id) => workbench.annotations.get(id));
        if (known(ids).length === ids.length) {
          choose(ids);
          return;
        }
        // A span coded a moment ago is painted but still being written (its id is the pending
        // one): answer once the writes queued so far have landed, from the annotations there
        // then, so the chooser lists it instead of silently leaving it out.
        void workbench.changes
          .serial(async () => undefined)
          .then(() => choose(known(created.annotationsAt(point.x, point.y).map((a) => a.id))));
      },
    });
    surface.current = created;
    const resizer = new ResizeHandles(container.current, created, {
      preview: (next) => handles.current?.show(next),
      commit: (next) => {
        const id = workbench.state.selectedAnnotationId;
        if (id) {
          void workbench.coding
            .resize(id, next.start, next.end)
            .catch((e: unknown) => workbench.fail('Could not resize', e));
        }
      },
    });
    handles.current = resizer;
    return () => {
      resizer.dispose();
      handles.current = null;
      created.dispose();
      surface.current = null;
    };
  }, [workbench]);

  useEffect(() => {
    if (!surface.current) return;
    setRawSpan(null);
    setChooser(null);
    if (openDocument) surface.current.load(openDocument);
    else surface.current.clear();
  }, [openDocument?.meta.id]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    surface.current?.setCodes(codes.filter((c) => !c.deleted));
  }, [codes]);

  // Painted from the compact snapshot until the full records are in the index (see
  // loadDocumentAnnotations): the index wins as soon as it holds anything.
  useEffect(() => {
    const index = workbench.annotations;
    const early = preview ? columnsQuery(preview) : null;
    surface.current?.setAnnotationSource(
      // The snapshot knows no coders: with a coder filter on, wait for the full records.
      early && coderFilter.kind === 'all'
        ? (start, end) => (index.size === 0 ? early(start, end) : index.overlapping(start, end))
        : filterQuery((start, end) => index.overlapping(start, end), coderFilter),
      version,
    );
  }, [workbench, version, preview, openDocument?.meta.id, coderFilter]);
  const coders = useCoderEntries();
  useCoderStripes(surface, coders);
  // The agreement view's comparison, as lanes in the margin: a layer of its own, not the stripes.
  useCompareLanes(container, surface, zoom);

  useEffect(() => {
    surface.current?.select(selectedId);
    const annotation = selectedId ? workbench.annotations.get(selectedId) : undefined;
    // After layout (zoom changes the font size), place the resize handles on its ends.
    const frame = requestAnimationFrame(() => handles.current?.show(annotation ?? null));
    return () => cancelAnimationFrame(frame);
  }, [workbench, selectedId, version, zoom]);

  useEffect(() => {
    const annotation = scrollRequest
      ? workbench.annotations.get(scrollRequest.annotationId)
      : undefined;
    if (annotation) surface.current?.scrollToOffset(annotation.start);
  }, [workbench, scrollRequest]);

  // Reopened after a reload: back to where the coder left the document.
  useEffect(() => {
    if (restoreOffset) surface.current?.scrollToOffset(restoreOffset.offset);
  }, [restoreOffset]);

  // Remember where the coder is (the block a third down the view), a moment after scrolling.
  useEffect(() => {
    const scroller = container.current;
    if (!scroller || !openDocument) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const box = scroller.getBoundingClientRect();
        const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 3);
        const start = at?.closest<HTMLElement>('[data-start]')?.dataset.start;
        if (start !== undefined) workbench.rememberScroll(Number(start));
      }, 400);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [workbench, openDocument]);

  useEffect(() => {
    if (props.findRequest > 0) setFind((f) => ({ ...f, open: true }));
  }, [props.findRequest]);

  useEffect(() => {
    if (props.zoomRequest.at === 0) return;
    setZoom((z) =>
      props.zoomRequest.delta === 0
        ? 2
        : Math.min(ZOOM_STEPS.length - 1, Math.max(0, z + props.zoomRequest.delta)),
    );
  }, [props.zoomRequest]);

  const matches = useMemo(
    () => (find.open && find.query ? findAll(text, find.query) : []),
    [find.open, find.query, text],
  );
  useEffect(() => {
    const current = matches.length ? find.current % matches.length : -1;
    surface.current?.setFind(matches, current);
    const match = matches[current];
    if (match) surface.current?.scrollToOffset(match.start);
  }, [matches, find.current]); // eslint-disable-line react-hooks/exhaustive-deps

  const openPicker = useCallback(() => setPicker({ span: currentSpan() }), [currentSpan]);
  const onKeyDown = useCodingKeys({ currentSpan, openPicker, surface });

  const scale = ZOOM_STEPS[zoom] ?? 1;
  return (
    <>
      <div className="pane-header">
        <h2
          id="document-heading"
          style={{ textTransform: 'none', letterSpacing: 0, fontSize: 14, color: 'var(--text)' }}
        >
          {openDocument ? openDocument.meta.name : 'No document open'}
        </h2>
        <button
          aria-label={openDocument?.meta.memo ? 'Document memo (has a memo)' : 'Document memo'}
          title={openDocument?.meta.memo || 'Write a memo on this document'}
          onClick={() => setMemoOpen(true)}
          disabled={!openDocument}
        >
          {openDocument?.meta.memo ? 'Memo ✎' : 'Memo'}
        </button>
        <CodersControl entries={coders} disabled={!openDocument} />
        <button
          aria-label="Find in document"
          title="Find (Ctrl+F)"
          onClick={() => setFind((f) => ({ ...f, open: true }))}
          disabled={!openDocument}
        >
          Find
        </button>
        <button
          aria-label="Zoom out"
          title="Zoom out (Ctrl+-)"
          onClick={() => setZoom((z) => Math.max(0, z - 1))}
        >
          A−
        </button>
        <span className="muted" aria-label="Zoom level">
          {Math.round(scale * 100)}%
        </span>
        <button
          aria-label="Zoom in"
          title="Zoom in (Ctrl+=)"
          onClick={() => setZoom((z) => Math.min(ZOOM_STEPS.length - 1, z + 1))}
        >
          A+
        </button>
      </div>
      <CompareLanesBar />
      {find.open && (
        <FindBar
          query={find.query}
          count={matches.length}
          current={matches.length ? find.current % matches.length : 0}
          onQuery={(query) => setFind({ open: true, query, current: 0 })}
          onStep={(delta) =>
            setFind((f) => ({
              ...f,
              current: matches.length ? (f.current + delta + matches.length) % matches.length : 0,
            }))
          }
          onClose={() => {
            setFind({ open: false, query: find.query, current: 0 });
            container.current?.focus();
          }}
        />
      )}
      <div
        ref={container}
        className="document-scroll"
        role="document"
        aria-labelledby="document-heading"
        tabIndex={0}
        style={{ ['--zoom' as string]: String(scale) }}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          altHeld.current = e.altKey;
          setChooser(null);
        }}
        onPointerUp={(e) => (altHeld.current = e.altKey)}
      />
      {openDocument && (
        <SelectionBar
          text={text}
          span={span}
          onApply={openPicker}
          onInVivo={() => {
            if (!span) return;
            window.getSelection()?.removeAllRanges();
            void workbench.coding
              .applyNewCode(span)
              .catch((e: unknown) => workbench.fail('Could not code', e));
          }}
        />
      )}
      {!openDocument && (
        <p className="muted" style={{ padding: 24, position: 'absolute' }}>
          Open a document from the list on the left.
        </p>
      )}
      {picker && (
        <QuickPicker
          span={picker.span}
          onClose={(outcome) => {
            // The dialog must leave the DOM first: while it is open the document is inert.
            flushSync(() => setPicker(null));
            returnToDocument(container.current, surface.current, picker.span, outcome);
          }}
        />
      )}
      {memoOpen && openDocument && (
        <DocumentMemoDialog document={openDocument.meta} onClose={() => setMemoOpen(false)} />
      )}
      {chooser && <AnnotationChooser {...chooser} onClose={() => setChooser(null)} />}
    </>
  );
}
