import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { MENU_COMMAND_LIST, MENU_COMMANDS } from '../../../shared/ipc/menu-commands';

/** Whether focus is where typing text is expected (text undo and `?` belong to the field there). */
export function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Whether a keyboard event matches an Electron accelerator such as `CmdOrCtrl+Shift+O`. */
export function matchesAccelerator(event: KeyboardEvent, accelerator: string): boolean {
  const parts = accelerator.split('+');
  const key = parts.pop()?.toLowerCase() ?? '';
  const wantsCtrl = parts.includes('CmdOrCtrl');
  const wantsShift = parts.includes('Shift');
  const pressed = event.key.toLowerCase();
  const keyMatches =
    pressed === key || (key === '=' && pressed === '+') || (key === '-' && pressed === '_');
  return (
    keyMatches &&
    wantsCtrl === (event.ctrlKey || event.metaKey) &&
    (wantsShift === event.shiftKey || key === '=')
  );
}

/** Commands that act on the workbench's own undo history, which a text field keeps for itself. */
const HISTORY: MenuCommand[] = ['undo', 'redo'];

/**
 * The desktop menu's accelerators, bound here in the browser (in Electron the menu owns them),
 * plus, everywhere, Ctrl+Y for redo and `?` for the shortcuts sheet, which the menu does not bind.
 */
export function useGlobalKeys(
  command: (name: MenuCommand) => void,
  menuHasAccelerators: boolean,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const inField = isTextField(event.target);
      // Where a native menu owns the accelerators it takes those keys before the page does.
      let name = menuHasAccelerators
        ? undefined
        : MENU_COMMAND_LIST.find((c) => {
            const accelerator = MENU_COMMANDS[c].accelerator;
            return accelerator !== undefined && matchesAccelerator(event, accelerator);
          });
      if (
        !name &&
        (event.ctrlKey || event.metaKey) &&
        !event.shiftKey &&
        event.key.toLowerCase() === 'y'
      )
        name = 'redo';
      if (
        !name &&
        !inField &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        event.key === '?'
      )
        name = 'shortcuts';
      if (!name || (inField && HISTORY.includes(name))) return;
      event.preventDefault();
      command(name);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [command, menuHasAccelerators]);
}
