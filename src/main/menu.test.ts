import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../shared/ipc/contract';
import { MENU_COMMAND_LIST, MENU_COMMANDS } from '../shared/ipc/menu-commands';
import { buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(options = { isMac: false, isDev: false }) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate((command) => sent.push(command), options);
  return { template, sent, items: flatten(template) };
}

/** Clicks an item the way Electron would (the arguments are unused by our items). */
function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('application menu template', () => {
  it('has File, Edit, View and Help, in that order', () => {
    expect(build().template.map((m) => m.label ?? m.role)).toEqual([
      'File',
      'Edit',
      'View',
      'help',
    ]);
  });

  it('has one item per menu command, and clicking it sends exactly that command', () => {
    const { items, sent } = build();
    for (const command of MENU_COMMAND_LIST) {
      const matching = items.filter((i) => i.id === command);
      expect(matching, command).toHaveLength(1);
      const [menuItem] = matching;
      expect(menuItem?.label).toBe(MENU_COMMANDS[command].label);
      sent.length = 0;
      click(menuItem!);
      expect(sent, command).toEqual([command]);
    }
  });

  it('puts each command in the menu where users look for it', () => {
    const { template } = build();
    const ids = (label: string) =>
      (template.find((m) => (m.label ?? m.role) === label)?.submenu as MenuItemConstructorOptions[])
        .map((i) => i.id ?? i.role)
        .filter((x) => x !== undefined);
    expect(ids('File')).toEqual([
      'open-files',
      'open-folder',
      'open-sample',
      'import-project',
      'export-project',
      'quit',
    ]);
    expect(ids('Edit')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'find']);
    expect(ids('View')).toEqual([
      'zoom-in',
      'zoom-out',
      'zoom-reset',
      'toggle-corpus',
      'toggle-codebook',
    ]);
    expect(ids('help')).toEqual(['shortcuts']);
  });

  it('uses the documented accelerators, none on a bare digit (those are code hotkeys)', () => {
    const { items } = build();
    const accelerators = Object.fromEntries(
      items.filter((i) => i.id).map((i) => [i.id, i.accelerator]),
    );
    expect(accelerators).toMatchObject({
      'open-files': 'CmdOrCtrl+O',
      'open-folder': 'CmdOrCtrl+Shift+O',
      'export-project': 'CmdOrCtrl+E',
      undo: 'CmdOrCtrl+Z',
      redo: 'CmdOrCtrl+Shift+Z',
      find: 'CmdOrCtrl+F',
      'zoom-in': 'CmdOrCtrl+=',
      'zoom-out': 'CmdOrCtrl+-',
      'zoom-reset': 'CmdOrCtrl+0',
      'toggle-corpus': 'CmdOrCtrl+B',
      'toggle-codebook': 'CmdOrCtrl+Shift+B',
    });
    expect(accelerators.shortcuts).toBeUndefined();
    const all = items.map((i) => i.accelerator).filter((a): a is string => typeof a === 'string');
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((a) => /^[1-9]$/.test(a))).toEqual([]);
  });

  it('moves Quit to the app menu on macOS and adds developer tools only in development', () => {
    const mac = build({ isMac: true, isDev: false });
    expect(mac.template[0]?.role).toBe('appMenu');
    expect(mac.items.filter((i) => i.role === 'quit')).toEqual([]);
    expect(build().items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(
      build({ isMac: false, isDev: true }).items.some((i) => i.role === 'toggleDevTools'),
    ).toBe(true);
  });
});
