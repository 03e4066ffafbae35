import type { MenuCommand } from './contract';

/** How a menu command is shown and which key chord triggers it (Electron accelerator syntax). */
export interface MenuCommandInfo {
  label: string;
  /** Electron accelerator, e.g. `CmdOrCtrl+O`; absent when the renderer owns the key. */
  accelerator?: string;
}

/**
 * Label and shortcut of every menu command, shared by the desktop menu and the renderer (which
 * binds the same chords in browser mode and lists them in its shortcuts help). Panel toggles
 * use Ctrl+B / Ctrl+Shift+B because digits 1-9 are code hotkeys. The `?` key for the shortcuts
 * help is handled by the renderer, so that item has no accelerator.
 */
export const MENU_COMMANDS: Readonly<Record<MenuCommand, MenuCommandInfo>> = {
  'open-files': { label: 'Open Files…', accelerator: 'CmdOrCtrl+O' },
  'open-folder': { label: 'Open Folder…', accelerator: 'CmdOrCtrl+Shift+O' },
  'open-sample': { label: 'Open Sample Corpus' },
  'import-project': { label: 'Import Project…' },
  'export-project': { label: 'Export Project…', accelerator: 'CmdOrCtrl+E' },
  undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z' },
  redo: { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z' },
  find: { label: 'Find…', accelerator: 'CmdOrCtrl+F' },
  'zoom-in': { label: 'Zoom In', accelerator: 'CmdOrCtrl+=' },
  'zoom-out': { label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' },
  'zoom-reset': { label: 'Actual Size', accelerator: 'CmdOrCtrl+0' },
  'toggle-corpus': { label: 'Toggle Corpus Panel', accelerator: 'CmdOrCtrl+B' },
  'toggle-codebook': { label: 'Toggle Codebook Panel', accelerator: 'CmdOrCtrl+Shift+B' },
  shortcuts: { label: 'Keyboard Shortcuts' },
};

/** Every menu command, in menu order; used to validate what arrives on the menu channel. */
export const MENU_COMMAND_LIST = Object.keys(MENU_COMMANDS) as MenuCommand[];

/** True when a value received over IPC is a known menu command. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && Object.hasOwn(MENU_COMMANDS, value);
}
