import type { KeyboardEvent, MouseEvent } from 'react';
import type { Code } from '../../../../core/model/types';
import type { TreeRow } from './tree-rows';

/**
 * One code in the codebook tree (a treeitem): swatch, name (cut with an ellipsis, whole in the
 * tooltip), hotkey, annotation count and edit button. The row is the tree's tab stop only when
 * it is the active row; its buttons are for the mouse (the keyboard has F2 and the context menu).
 */
export function CodeRow(props: {
  row: TreeRow;
  count: number;
  expanded: boolean;
  active: boolean;
  onApply(): void;
  onEdit(): void;
  onToggle(): void;
  onFocus(): void;
  onContextMenu(event: MouseEvent<HTMLLIElement>): void;
  onKeyDown(event: KeyboardEvent<HTMLLIElement>): void;
  onDropCode(codeId: string): void;
}) {
  const { code, level, hasChildren } = props.row;
  return (
    <li
      role="treeitem"
      data-code-id={code.id}
      aria-level={level}
      aria-label={code.name}
      aria-expanded={hasChildren ? props.expanded : undefined}
      aria-description={describe(code, props.count)}
      tabIndex={props.active ? 0 : -1}
      title={code.description || undefined}
      draggable
      onDragStart={(e) => e.dataTransfer.setData('application/x-marginalia-code', code.id)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        const id = e.dataTransfer.getData('application/x-marginalia-code');
        if (id && id !== code.id) props.onDropCode(id);
      }}
      onFocus={(e) => e.target === e.currentTarget && props.onFocus()}
      onClick={(e) => {
        if (!(e.target instanceof HTMLButtonElement)) props.onApply();
      }}
      onContextMenu={props.onContextMenu}
      onKeyDown={props.onKeyDown}
      className="code-row"
      style={{ paddingLeft: 4 + (level - 1) * 16 }}
    >
      {hasChildren ? (
        <button className="link twisty" tabIndex={-1} aria-hidden="true" onClick={props.onToggle}>
          {props.expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="twisty" aria-hidden="true" />
      )}
      <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
      <span className="code-name" title={code.name}>
        {code.name}
      </span>
      {code.hotkey && <kbd aria-hidden="true">{code.hotkey}</kbd>}
      <span className="muted code-count" aria-hidden="true">
        {props.count}
      </span>
      <button
        className="link"
        tabIndex={-1}
        aria-label={`Edit ${code.name}`}
        title="Edit (F2)"
        onClick={props.onEdit}
      >
        ✎
      </button>
    </li>
  );
}

/** What a screen reader adds after the name: hotkey and count (the visible parts are hidden). */
function describe(code: Code, count: number): string {
  const annotations = `${count} annotation${count === 1 ? '' : 's'}`;
  return code.hotkey ? `hotkey ${code.hotkey}, ${annotations}` : annotations;
}
