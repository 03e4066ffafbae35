import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import { MENU_COMMANDS } from '../shared/ipc/menu-commands';

/** Platform facts the menu depends on. */
export interface MenuOptions {
  /** macOS puts Quit in the application menu. */
  isMac: boolean;
  /** Adds Reload and Developer Tools in development builds. */
  isDev: boolean;
}

/**
 * The application menu as a template. Every command item only calls `send(command)`: the
 * renderer owns the behaviour (undo stack, zoom, panels), so the menu, the keyboard and the
 * browser build all go through the same code. Undo/Redo are commands, not roles, because the
 * workbench's undo covers annotations; the renderer falls back to the native text undo when
 * the focus is in a text field. Pure, so a test can click every item.
 */
export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const item = (command: MenuCommand): MenuItemConstructorOptions => {
    const { label, accelerator } = MENU_COMMANDS[command];
    return {
      id: command,
      label,
      ...(accelerator ? { accelerator } : {}),
      click: () => send(command),
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item('open-files'),
      item('open-folder'),
      item('open-sample'),
      separator,
      item('import-project'),
      item('export-project'),
      ...(options.isMac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      item('undo'),
      item('redo'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      item('find'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      item('zoom-in'),
      item('zoom-out'),
      item('zoom-reset'),
      separator,
      item('toggle-corpus'),
      item('toggle-codebook'),
      ...(options.isDev
        ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [item('shortcuts')] };

  return [...(options.isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, help];
}
