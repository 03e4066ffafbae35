import { useEffect, useRef } from 'react';
import { ariaKeyShortcut, nextMenuIndex } from './menu-keys';

/** One action in a menu. */
export interface MenuAction {
  label: string;
  /** A shortcut shown beside the label, e.g. "Ctrl+E". */
  shortcut?: string;
  disabled?: boolean;
  /** Draws a separator line above this item. */
  groupStart?: boolean;
  onSelect(): void;
}

/**
 * A popup menu as WAI-ARIA describes it (role menu, menuitems): focus moves into it, arrows,
 * Home/End and a typed letter move between items, Enter or Space chooses, Escape and Tab close,
 * and so does a click outside. Placed with fixed coordinates so no scrolling pane clips it.
 * Used by the toolbar's menu buttons and the codebook's context menu.
 */
export function Menu(props: {
  id?: string;
  label: string;
  items: readonly MenuAction[];
  at: { x: number; y: number };
  /** Which item takes focus when the menu opens. */
  focus?: 'first' | 'last';
  /** `restoreFocus` is false when the user moved on (Tab, a click elsewhere). */
  onClose(restoreFocus: boolean): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { onClose, items } = props;
  // Read at event time, so a parent re-rendering with a new callback does not re-run the effect.
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  // Once, on opening: focus an item, keep the menu inside the window, close on a click outside.
  const initialFocus = useRef(props.focus);
  useEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const all = menu.querySelectorAll<HTMLElement>('[role="menuitem"]');
    (initialFocus.current === 'last' ? all[all.length - 1] : all[0])?.focus();
    const box = menu.getBoundingClientRect();
    if (box.right > window.innerWidth)
      menu.style.left = `${Math.max(0, window.innerWidth - box.width - 4)}px`;
    if (box.bottom > window.innerHeight)
      menu.style.top = `${Math.max(0, window.innerHeight - box.height - 4)}px`;
    const outside = (event: PointerEvent) => {
      if (!menu.contains(event.target as Node)) latestClose.current(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => document.removeEventListener('pointerdown', outside, true);
  }, []);

  const choose = (item: MenuAction) => {
    if (item.disabled) return;
    onClose(true);
    item.onSelect();
  };

  return (
    <div
      ref={ref}
      id={props.id}
      role="menu"
      aria-label={props.label}
      className="menu"
      style={{ left: props.at.x, top: props.at.y }}
      onKeyDown={(event) => {
        const all = Array.from(
          ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [],
        );
        const current = all.indexOf(document.activeElement as HTMLElement);
        const next = nextMenuIndex(
          event.key,
          current,
          items.map((i) => i.label),
        );
        if (next !== null) all[next]?.focus();
        else if (event.key === 'Escape') onClose(true);
        else if (event.key === 'Tab') {
          onClose(false);
          return;
        } else if (event.key === 'Enter' || event.key === ' ') {
          const item = items[current];
          if (item) choose(item);
        } else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      {items.map((item) => (
        <div
          key={item.label}
          role="menuitem"
          tabIndex={-1}
          aria-disabled={item.disabled || undefined}
          aria-keyshortcuts={item.shortcut && ariaKeyShortcut(item.shortcut)}
          className={item.groupStart ? 'group-start' : undefined}
          onClick={() => choose(item)}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd aria-hidden="true">{item.shortcut}</kbd>}
        </div>
      ))}
    </div>
  );
}
