import type { KeyboardEvent } from 'react';
import type { Code } from '../../../../core/model/types';
import { useWorkbench } from '../../app/workbench-context';

/** Siblings of a code in display order. */
function siblings(codes: Code[], code: Code): Code[] {
  return codes
    .filter((c) => c.parentId === code.parentId)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
}

/**
 * One code in the codebook tree. Click or Enter applies it (to the selection, or toggles it on the
 * selected annotation); Alt+Up/Down reorders, Alt+Right nests under the previous sibling,
 * Alt+Left moves up a level; F2 edits; Delete moves it to the trash.
 */
export function CodeRow(props: {
  code: Code;
  depth: number;
  count: number;
  codes: Code[];
  onEdit(): void;
  onAddChild(): void;
}) {
  const workbench = useWorkbench();
  const { code } = props;

  function apply() {
    const { selectionSpan, selectedAnnotationId } = workbench.state;
    if (selectionSpan) window.getSelection()?.removeAllRanges();
    const work = selectionSpan
      ? workbench.coding.applyCode(selectionSpan, code.id)
      : selectedAnnotationId
        ? workbench.coding.toggleCode(selectedAnnotationId, code.id)
        : null;
    if (work) void work.catch((e: unknown) => workbench.fail('Could not apply the code', e));
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (event.target !== event.currentTarget) return;
    const list = siblings(props.codes, code);
    const index = list.findIndex((c) => c.id === code.id);
    const move = (parentId: string | null, position?: number) =>
      void workbench.codebook
        .move(code.id, parentId, position)
        .catch((e: unknown) => workbench.fail('Could not move the code', e));
    if (event.altKey && event.key === 'ArrowUp' && index > 0) move(code.parentId, index - 1);
    else if (event.altKey && event.key === 'ArrowDown' && index < list.length - 1)
      move(code.parentId, index + 1);
    else if (event.altKey && event.key === 'ArrowRight' && index > 0)
      move(list[index - 1]?.id ?? null);
    else if (event.altKey && event.key === 'ArrowLeft' && code.parentId) {
      const parent = props.codes.find((c) => c.id === code.parentId);
      move(parent?.parentId ?? null);
    } else if (event.key === 'Enter' || event.key === ' ') apply();
    else if (event.key === 'F2') props.onEdit();
    else if (event.key === 'Delete') void workbench.codebook.remove(code.id);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const items = Array.from(
        event.currentTarget.parentElement?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [],
      );
      const at = items.indexOf(event.currentTarget);
      items[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    } else return;
    event.preventDefault();
  }

  return (
    <li
      role="treeitem"
      aria-level={props.depth}
      aria-label={code.name}
      aria-selected={false}
      tabIndex={0}
      title={code.description || code.name}
      draggable
      onDragStart={(e) => e.dataTransfer.setData('application/x-marginalia-code', code.id)}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        e.stopPropagation();
        const id = e.dataTransfer.getData('application/x-marginalia-code');
        if (id && id !== code.id)
          void workbench.codebook
            .move(id, code.id)
            .catch((err: unknown) => workbench.fail('Could not move the code', err));
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget || !(e.target instanceof HTMLButtonElement)) apply();
      }}
      onKeyDown={onKeyDown}
      style={{ paddingLeft: 4 + (props.depth - 1) * 16, cursor: 'pointer' }}
    >
      <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
      <span style={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
        {code.name}
      </span>
      {code.hotkey && <kbd aria-label={`hotkey ${code.hotkey}`}>{code.hotkey}</kbd>}
      <span className="muted" aria-label={`${props.count} annotations`}>
        {props.count}
      </span>
      <button
        className="link"
        aria-label={`Add sub-code to ${code.name}`}
        title="Add sub-code"
        onClick={props.onAddChild}
      >
        +
      </button>
      <button
        className="link"
        aria-label={`Edit ${code.name}`}
        title="Edit (F2)"
        onClick={props.onEdit}
      >
        ✎
      </button>
    </li>
  );
}
