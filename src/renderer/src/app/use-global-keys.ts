import { useEffect } from 'react';
import type { MenuCommand } from '../../../core/ipc/contract';

/** Whether a key event comes from a place where typing text is expected. */
export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Application shortcuts in the browser (the desktop menu has the same accelerators): Ctrl+O,
 * Ctrl+Shift+O, Ctrl+E, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y, Ctrl+F, Ctrl+= / Ctrl+- / Ctrl+0,
 * Ctrl+Shift+1 / Ctrl+Shift+2 to toggle panels, and ? for the shortcuts sheet.
 */
export function useGlobalKeys(command: (name: MenuCommand) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let name: MenuCommand | null = null;
      if (ctrl && event.shiftKey && event.code === 'Digit1') name = 'toggle-corpus';
      else if (ctrl && event.shiftKey && event.code === 'Digit2') name = 'toggle-codebook';
      else if (ctrl && key === 'o') name = event.shiftKey ? 'open-folder' : 'open-files';
      else if (ctrl && key === 'e') name = 'export-project';
      else if (ctrl && key === 'f') name = 'find';
      else if (ctrl && (key === '=' || key === '+')) name = 'zoom-in';
      else if (ctrl && key === '-') name = 'zoom-out';
      else if (ctrl && key === '0') name = 'zoom-reset';
      else if (!isTextField(event.target)) {
        if (ctrl && key === 'z') name = event.shiftKey ? 'redo' : 'undo';
        else if (ctrl && key === 'y') name = 'redo';
        else if (!ctrl && !event.altKey && event.key === '?') name = 'shortcuts';
      }
      if (!name) return;
      event.preventDefault();
      command(name);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [command]);
}
