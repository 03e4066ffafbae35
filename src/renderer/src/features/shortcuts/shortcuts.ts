/** Every keyboard action, grouped as the shortcuts sheet (`?`) lists them. */
export const SHORTCUTS: { group: string; items: [keys: string, action: string][] }[] = [
  {
    group: 'Documents',
    items: [
      ['Ctrl+O', 'Open files'],
      ['Ctrl+Shift+O', 'Open a folder'],
      ['Ctrl+F', 'Find in document (Enter / Shift+Enter: next / previous, Esc: close)'],
      ['Ctrl+= / Ctrl+- / Ctrl+0', 'Zoom in / out / reset'],
      ['F2 (in the document list)', 'Rename document'],
      ['Delete (in the document list)', 'Move document to the trash'],
    ],
  },
  {
    group: 'Selecting and coding (in the document)',
    items: [
      ['Shift+← → ↑ ↓', 'Select text by character or line, across paragraphs'],
      ['Ctrl+Shift+← →', 'Select by word'],
      ['Alt while selecting with the mouse', 'Exact span (no snapping to words)'],
      [
        '1 … 9, or a code’s hotkey',
        'Apply that code to the selection (or toggle it on the selected annotation)',
      ],
      ['.', 'Apply the last-used code'],
      [
        '/',
        'Quick picker: type to filter, Enter applies, Ctrl+Enter creates a new code (in-vivo with nothing typed)',
      ],
      ['[ and ]', 'Previous / next annotation'],
      ['Alt+← →', 'Move the selected annotation’s start (Ctrl: by word)'],
      ['Alt+Shift+← →', 'Move the selected annotation’s end (Ctrl: by word)'],
      ['Delete', 'Move the selected annotation to the trash'],
      ['Esc', 'Clear the selection'],
    ],
  },
  {
    group: 'Codebook',
    items: [
      ['Tab', 'Into the codebook (one stop) and on out of it'],
      ['Enter or Space (on a code)', 'Apply it to the selection'],
      ['↑ ↓ / Home End', 'Move between codes / to the first or last'],
      ['→ ←', 'Unfold / fold a code with sub-codes (or go to its first sub-code / its parent)'],
      ['A letter', 'Next code starting with it'],
      ['Shift+F10 or the menu key', 'The code’s menu (also on right-click)'],
      ['Alt+↑ ↓', 'Reorder among siblings'],
      ['Alt+→ / Alt+←', 'Nest under the previous code / move up a level'],
      ['F2', 'Edit code'],
      ['Delete', 'Move code to the trash'],
    ],
  },
  {
    group: 'Agreement: compare and adjudicate',
    items: [
      ['N / P', 'Next / previous disagreement (the document scrolls to it)'],
      ['1 … 9', 'Accept that coder’s version into the Consensus coder'],
      ['B', 'Accept every coder’s version (both)'],
      ['M', 'Accept the merged span (the union of the coders’ spans)'],
      ['0', 'Accept neither (kept as a decision)'],
      ['S', 'Accept the new boundaries selected in a lane, with the chosen code'],
    ],
  },
  {
    group: 'Carrying codes and orphans',
    items: [
      ['↑ ↓', 'Move between proposed placements'],
      ['N / P', 'Next / previous placement to review'],
      ['A / R', 'Accept / reject the placement'],
      ['Enter (with a new span selected)', 'Place the annotation or orphan there by hand'],
      ['Esc (while placing an orphan)', 'Stop placing'],
    ],
  },
  {
    group: 'Everywhere',
    items: [
      ['Ctrl+Z', 'Undo (the button names the action)'],
      ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
      ['Ctrl+E', 'Export the project'],
      ['Ctrl+B / Ctrl+Shift+B', 'Show or hide the corpus / codebook panel'],
      ['?', 'This sheet'],
    ],
  },
];
