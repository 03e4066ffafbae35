import { useEffect, useId, useRef, useState } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import type { CoderEntry } from './coder-selectors';
import { toggleCoder } from './coder-view';
import './coders.css';

/**
 * The document pane's "Coders" button and the small panel it opens (a disclosure, so its
 * controls are ordinary checkboxes and radio buttons, reached with Tab and toggled with Space):
 * whose annotations the list and the document show, and whether the margin stripes are drawn
 * by code or by coder. Escape or a click outside closes it; both choices are kept per project.
 */
export function CodersControl(props: { entries: readonly CoderEntry[]; disabled: boolean }) {
  const workbench = useWorkbench();
  const view = useWorkbenchState((s) => s.coderView);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const { entries } = props;
  const shownCount = entries.filter((e) => e.shown).length;
  const filtered = view.filter.kind === 'only';

  // Close on a click outside (the button toggles by itself).
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, [open]);

  const box = open ? button.current?.getBoundingClientRect() : undefined;
  const ids = entries.map((e) => e.id);
  return (
    <>
      <button
        ref={button}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title="Show coders' annotations, and stripes by code or by coder"
        onClick={() => setOpen(!open)}
        disabled={props.disabled}
        className={filtered ? 'coders-filtered' : undefined}
      >
        {filtered ? `Coders (${shownCount} of ${entries.length} shown)` : 'Coders'}
      </button>
      {open && box && (
        <div
          ref={panel}
          id={panelId}
          role="group"
          aria-label="Coders"
          className="coders-panel"
          style={{ left: box.left, top: box.bottom + 2 }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            setOpen(false);
            button.current?.focus();
          }}
        >
          <fieldset>
            <legend>Show annotations by</legend>
            {entries.map((e) => (
              <label key={e.id}>
                <input
                  type="checkbox"
                  checked={e.shown}
                  onChange={() => workbench.coders.setFilter(toggleCoder(view.filter, e.id, ids))}
                />
                <span className="swatch" style={{ background: e.color }} aria-hidden="true" />
                {e.current ? `${e.name} (you)` : e.name}
                <span className="muted">({e.count})</span>
              </label>
            ))}
            <button
              disabled={!filtered}
              onClick={() => workbench.coders.setFilter({ kind: 'all' })}
            >
              Show all coders
            </button>
          </fieldset>
          <fieldset>
            <legend>Margin stripes</legend>
            {(['code', 'coder'] as const).map((mode) => (
              <label key={mode}>
                <input
                  type="radio"
                  name={`${panelId}-stripes`}
                  checked={view.stripeMode === mode}
                  onChange={() => workbench.coders.setStripeMode(mode)}
                />
                {mode === 'code' ? 'By code' : 'By coder'}
              </label>
            ))}
          </fieldset>
        </div>
      )}
    </>
  );
}
