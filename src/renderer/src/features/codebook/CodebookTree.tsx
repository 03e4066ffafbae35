import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildTree, filterTree } from '../../../../core/codebook';
import type { Code, Id } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { Menu, type MenuAction } from '../layout/Menu';
import { nextMenuIndex } from '../layout/menu-keys';
import { applyCodeFromCodebook } from './apply-code';
import { CodeRow } from './CodeRow';
import { siblingCodes, treeMove, visibleRows, type TreeRow } from './tree-rows';

/**
 * The codebook as a WAI-ARIA tree: one tab stop (the active row), Up/Down/Home/End move,
 * Right/Left expand, enter, collapse and leave, Enter or Space applies the code, F2 edits,
 * Delete moves it to the trash, Alt+arrows reorder and nest, a typed letter moves to the next
 * code starting with it, and Shift+F10, the context-menu key or a right-click open a menu with
 * the row's actions.
 */
export function CodebookTree(props: {
  codes: readonly Code[];
  filter: string;
  onEdit(code: Code): void;
  onAddChild(code: Code): void;
}) {
  const workbench = useWorkbench();
  const counts = useWorkbenchState((s) => s.codeCounts);
  const [collapsed, setCollapsed] = useState<ReadonlySet<Id>>(new Set());
  const [activeId, setActiveId] = useState<Id | null>(null);
  const [menu, setMenu] = useState<{ row: TreeRow; x: number; y: number } | null>(null);
  const tree = useRef<HTMLUListElement>(null);
  const focusPending = useRef(false);
  const { codes, filter } = props;
  // A filter shows every match in place, so nothing is collapsed while filtering.
  const shownCollapsed = useMemo(
    () => (filter.trim() ? new Set<Id>() : collapsed),
    [filter, collapsed],
  );
  const rows = useMemo(
    () => visibleRows(filter.trim() ? filterTree(codes, filter) : buildTree(codes), shownCollapsed),
    [codes, filter, shownCollapsed],
  );
  const active = rows.find((r) => r.code.id === activeId) ?? rows[0];

  // Move DOM focus after the render that made the target row the tab stop.
  useEffect(() => {
    if (!focusPending.current || !active) return;
    focusPending.current = false;
    tree.current
      ?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(active.code.id)}"]`)
      ?.focus();
  });

  const focusRow = (id: Id) => {
    focusPending.current = true;
    setActiveId(id);
  };
  const setOpen = (id: Id, open: boolean) =>
    setCollapsed((old) => {
      const next = new Set(old);
      if (open) next.delete(id);
      else next.add(id);
      return next;
    });
  const fail = (title: string) => (e: unknown) => workbench.fail(title, e);
  const move = (code: Code, parentId: Id | null, position?: number) =>
    void workbench.codebook
      .move(code.id, parentId, position)
      .catch(fail('Could not move the code'));
  const rowOf = (id: Id) => rows.find((r) => r.code.id === id);
  // Positions count every sibling, including any a filter hides.
  const siblings = (row: TreeRow) => {
    const list = siblingCodes(codes, row.parentId);
    return { list, index: list.findIndex((c) => c.id === row.code.id) };
  };

  function remove(row: TreeRow) {
    // Keep keyboard focus in the tree: on the next row, or the previous one at the end.
    const at = rows.indexOf(row);
    const neighbour = rows[at + 1] ?? rows[at - 1];
    const fromKeyboard = menu !== null || tree.current?.contains(document.activeElement);
    if (neighbour && fromKeyboard) focusRow(neighbour.code.id);
    void workbench.codebook.remove(row.code.id).catch(fail('Could not delete the code'));
  }

  function reorder(row: TreeRow, delta: -1 | 1) {
    const { list, index } = siblings(row);
    if (index >= 0 && list[index + delta]) move(row.code, row.parentId, index + delta);
  }

  function actions(row: TreeRow): MenuAction[] {
    const { selectionSpan, selectedAnnotationId } = workbench.state;
    const { list, index } = siblings(row);
    return [
      {
        label: selectionSpan ? 'Apply to selection' : 'Apply to selected annotation',
        shortcut: 'Enter',
        disabled: !selectionSpan && !selectedAnnotationId,
        onSelect: () => applyCodeFromCodebook(workbench, row.code.id),
      },
      { label: 'Edit…', shortcut: 'F2', onSelect: () => props.onEdit(row.code) },
      { label: 'Add sub-code…', onSelect: () => props.onAddChild(row.code) },
      {
        label: 'Move up',
        shortcut: 'Alt+↑',
        groupStart: true,
        disabled: index <= 0,
        onSelect: () => reorder(row, -1),
      },
      {
        label: 'Move down',
        shortcut: 'Alt+↓',
        disabled: index < 0 || index >= list.length - 1,
        onSelect: () => reorder(row, 1),
      },
      { label: 'Delete', shortcut: 'Delete', groupStart: true, onSelect: () => remove(row) },
    ];
  }

  function openMenu(row: TreeRow, element: HTMLElement) {
    const box = element.getBoundingClientRect();
    setMenu({ row, x: box.left + 24, y: box.bottom });
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, row: TreeRow) {
    if (event.target !== event.currentTarget) return;
    const { code } = row;
    const { list, index } = siblings(row);
    const step = event.altKey ? null : treeMove(event.key, rows, code.id, shownCollapsed);
    if (step?.kind === 'focus') focusRow(step.id);
    else if (step) setOpen(step.id, step.kind === 'expand');
    else if (event.altKey && event.key === 'ArrowUp') reorder(row, -1);
    else if (event.altKey && event.key === 'ArrowDown') reorder(row, 1);
    else if (event.altKey && event.key === 'ArrowRight' && index > 0)
      move(code, list[index - 1]?.id ?? null);
    else if (event.altKey && event.key === 'ArrowLeft' && row.parentId)
      move(code, rowOf(row.parentId)?.parentId ?? null);
    else if (event.key === 'Enter' || event.key === ' ') applyCodeFromCodebook(workbench, code.id);
    else if (event.key === 'F2') props.onEdit(code);
    else if (event.key === 'Delete') remove(row);
    else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))
      openMenu(row, event.currentTarget);
    else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey) {
      // Type-ahead: the next code whose name starts with the typed character.
      const names = rows.map((r) => r.code.name);
      const next = nextMenuIndex(event.key, rows.indexOf(row), names);
      const target = next === null ? undefined : rows[next];
      if (!target) return;
      focusRow(target.code.id);
    } else return;
    event.preventDefault();
  }

  return (
    <>
      <ul ref={tree} role="tree" aria-labelledby="codebook-heading" className="list code-tree">
        {rows.map((row) => (
          <CodeRow
            key={row.code.id}
            row={row}
            count={counts[row.code.id] ?? 0}
            expanded={!shownCollapsed.has(row.code.id)}
            active={row === active}
            onApply={() => {
              setActiveId(row.code.id);
              applyCodeFromCodebook(workbench, row.code.id);
            }}
            onEdit={() => props.onEdit(row.code)}
            onToggle={() => setOpen(row.code.id, shownCollapsed.has(row.code.id))}
            onFocus={() => setActiveId(row.code.id)}
            onContextMenu={(event) => {
              event.preventDefault();
              setActiveId(row.code.id);
              setMenu({ row, x: event.clientX, y: event.clientY });
            }}
            onKeyDown={(event) => onKeyDown(event, row)}
            onDropCode={(id) =>
              void workbench.codebook.move(id, row.code.id).catch(fail('Could not move the code'))
            }
          />
        ))}
      </ul>
      {menu && (
        <Menu
          label={`Actions for ${menu.row.code.name}`}
          items={actions(menu.row)}
          at={{ x: menu.x, y: menu.y }}
          onClose={(restoreFocus) => {
            const id = menu.row.code.id;
            setMenu(null);
            if (restoreFocus && rowOf(id)) focusRow(id);
          }}
        />
      )}
    </>
  );
}
