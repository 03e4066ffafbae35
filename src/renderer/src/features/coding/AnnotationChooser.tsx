import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';

/** Where overlapping annotations were clicked: the smallest is selected, this lists the others. */
export function AnnotationChooser(props: { ids: string[]; x: number; y: number; onClose(): void }) {
  const workbench = useWorkbench();
  const codes = useWorkbenchState((s) => s.codes);
  const selected = useWorkbenchState((s) => s.selectedAnnotationId);
  const names = (codeIds: string[]) =>
    codeIds.map((id) => codes.find((c) => c.id === id)?.name ?? '?').join(', ');
  return (
    <div
      role="menu"
      aria-label="Overlapping annotations"
      className="notice"
      style={{ position: 'fixed', left: props.x + 8, top: props.y + 12, zIndex: 30, padding: 4 }}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      {props.ids.map((id) => {
        const annotation = workbench.annotations.get(id);
        if (!annotation) return null;
        return (
          <button
            key={id}
            role="menuitemradio"
            aria-checked={id === selected}
            className="link"
            style={{ display: 'block', textAlign: 'left', width: '100%', color: 'var(--text)' }}
            onClick={() => {
              workbench.selectAnnotation(id);
              props.onClose();
            }}
          >
            {names(annotation.codeIds)} — “{annotation.quote.slice(0, 40)}
            {annotation.quote.length > 40 ? '…' : ''}”
          </button>
        );
      })}
    </div>
  );
}
