import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';

/**
 * Shows import results, errors and warnings in a strip of their own above the status bar (see
 * `.notices` in theme.css), so no notice covers a control. Information leaves by itself after a
 * few seconds (the workbench's `notify`); errors and warnings stay until dismissed.
 */
export function Notices() {
  const workbench = useWorkbench();
  const notices = useWorkbenchState((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((item) => (
        <section
          key={item.id}
          className={`notice ${item.kind}`}
          role={item.kind === 'error' ? 'alert' : 'status'}
          aria-label={item.title}
        >
          <div style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
            <strong style={{ flex: 1 }}>{item.title}</strong>
            <button
              className="link"
              aria-label={`Dismiss: ${item.title}`}
              onClick={() => workbench.dismiss(item.id)}
            >
              ✕
            </button>
          </div>
          {item.lines.length > 0 && (
            <ul>
              {item.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
