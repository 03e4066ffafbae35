import { useMemo, useState } from 'react';

/** Rows rendered at first on densely coded documents; more on request, so edits stay fast. */
const PAGE = 200;
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { AnnotationDetails } from './AnnotationDetails';

/** The open document's annotations in reading order; clicking one selects it and scrolls to it. */
export function AnnotationList() {
  const workbench = useWorkbench();
  const version = useWorkbenchState((s) => s.annotationsVersion);
  const codes = useWorkbenchState((s) => s.codes);
  const selected = useWorkbenchState((s) => s.selectedAnnotationId);
  const hasDocument = useWorkbenchState((s) => s.openDocument !== null);
  const annotations = useMemo(() => workbench.annotations.all(), [workbench, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const codeById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const [limit, setLimit] = useState(PAGE);
  const selectedIndex = selected ? annotations.findIndex((a) => a.id === selected) : -1;
  // Always render up to the selected annotation, so it can be seen in the list.
  const shown = annotations.slice(0, Math.max(limit, selectedIndex + 1));

  return (
    <>
      <div className="pane-header">
        <h2 id="annotations-heading">Annotations</h2>
        <span className="muted">{annotations.length}</span>
      </div>
      {selected && <AnnotationDetails annotationId={selected} />}
      <div className="pane-body">
        {!hasDocument || annotations.length === 0 ? (
          <p className="muted" style={{ padding: 12 }}>
            {hasDocument
              ? 'No annotations in this document yet.'
              : 'Open a document to see its annotations.'}
          </p>
        ) : (
          <ul className="list" aria-labelledby="annotations-heading">
            {shown.map((annotation) => {
              const names = annotation.codeIds
                .map((id) => codeById.get(id))
                .filter((c) => c && !c.deleted);
              return (
                <li
                  key={annotation.id}
                  aria-current={annotation.id === selected ? 'true' : undefined}
                >
                  <button
                    className="name"
                    style={{ whiteSpace: 'normal' }}
                    aria-label={`Annotation: ${names.map((c) => c?.name).join(', ')}: ${annotation.quote.slice(0, 60)}`}
                    onClick={() => workbench.selectAnnotation(annotation.id, { scroll: true })}
                  >
                    <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                      {names.map((c) => (
                        <span
                          key={c?.id}
                          className="muted"
                          style={{ display: 'inline-flex', gap: 3, alignItems: 'center' }}
                        >
                          <span className="swatch" style={{ background: c?.color }} />
                          {c?.name}
                        </span>
                      ))}
                    </div>
                    <div
                      style={{
                        overflow: 'hidden',
                        textOverflow: 'ellipsis',
                        display: '-webkit-box',
                        WebkitLineClamp: 2,
                        WebkitBoxOrient: 'vertical',
                      }}
                    >
                      “{annotation.quote}”
                    </div>
                    {annotation.memo && (
                      <div className="muted">Memo: {annotation.memo.slice(0, 80)}</div>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {shown.length < annotations.length && (
          <button
            className="link"
            style={{ margin: 8 }}
            onClick={() => setLimit(shown.length + PAGE)}
          >
            Show {Math.min(PAGE, annotations.length - shown.length)} more of{' '}
            {annotations.length - shown.length}
          </button>
        )}
      </div>
    </>
  );
}
