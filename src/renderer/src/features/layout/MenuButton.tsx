import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { Menu, type MenuAction } from './Menu';

/**
 * A button that opens a menu (WAI-ARIA menu button): click, Enter, Space or Down opens it on its
 * first item, Up on its last; choosing or Escape closes it and returns focus to the button.
 * Groups toolbar actions so the toolbar fits one row.
 */
export function MenuButton(props: {
  label: string;
  title?: string;
  items: readonly MenuAction[];
  children: ReactNode;
}) {
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const [open, setOpen] = useState<{ focus: 'first' | 'last' } | null>(null);
  const close = useCallback((restoreFocus: boolean) => {
    setOpen(null);
    if (restoreFocus) button.current?.focus();
  }, []);
  const box = open ? button.current?.getBoundingClientRect() : undefined;

  return (
    <>
      <button
        ref={button}
        aria-label={props.label}
        title={props.title}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(open ? null : { focus: 'first' })}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setOpen({ focus: 'first' });
          else if (event.key === 'ArrowUp') setOpen({ focus: 'last' });
          else return;
          event.preventDefault();
        }}
      >
        {props.children}
      </button>
      {open && box && (
        <Menu
          id={menuId}
          label={props.label}
          items={props.items}
          at={{ x: box.left, y: box.bottom + 2 }}
          focus={open.focus}
          onClose={close}
        />
      )}
    </>
  );
}
