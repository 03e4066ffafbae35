import { useMemo, useState } from 'react';
import { codePath } from '../../../../core/codebook';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import type { Span } from '../document-surface/types';
import { Modal } from '../layout/Modal';
import type { PickerOutcome } from './return-to-document';

/**
 * Type to filter the codebook, Enter applies the highlighted code, Ctrl+Enter creates a new code
 * named after what was typed (or, with nothing typed, after the selected words: in-vivo coding).
 * Applies to the span, or to the selected annotation when there is no span. `onClose` says how
 * it ended, so the document can take focus back where coding goes on.
 */
export function QuickPicker(props: { span: Span | null; onClose(outcome: PickerOutcome): void }) {
  const workbench = useWorkbench();
  const codes = useWorkbenchState((s) => s.codes);
  const selectedId = useWorkbenchState((s) => s.selectedAnnotationId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const live = useMemo(() => codes.filter((c) => !c.deleted), [codes]);
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return live.filter(
      (c) => q === '' || (codePath(live, c.id) ?? c.name).toLocaleLowerCase().includes(q),
    );
  }, [live, query]);
  const target = props.span ? 'the selection' : selectedId ? 'the selected annotation' : null;

  async function apply(codeId: string) {
    // Cleared before closing, so the caret the document gets back is not cleared with it.
    if (props.span) window.getSelection()?.removeAllRanges();
    props.onClose('applied');
    try {
      if (props.span) {
        await workbench.coding.applyCode(props.span, codeId);
      } else if (selectedId) await workbench.coding.toggleCode(selectedId, codeId);
    } catch (error) {
      workbench.fail('Could not apply the code', error);
    }
  }

  async function create() {
    if (props.span) window.getSelection()?.removeAllRanges();
    props.onClose('applied');
    try {
      if (props.span) {
        await workbench.coding.applyNewCode(props.span, query);
      } else if (query.trim() && selectedId) {
        const code = await workbench.codebook.createCode(query, null);
        await workbench.coding.toggleCode(selectedId, code.id);
      }
    } catch (error) {
      workbench.fail('Could not create the code', error);
    }
  }

  return (
    <Modal label="Apply a code" onClose={() => props.onClose('dismissed')}>
      <h2 style={{ fontSize: 16 }}>Apply a code to {target ?? 'nothing selected'}</h2>
      <input
        type="search"
        role="combobox"
        aria-expanded="true"
        aria-controls="picker-list"
        aria-label="Code name"
        placeholder="Type to filter; Ctrl+Enter creates a new code"
        autoFocus
        value={query}
        style={{ width: '100%' }}
        aria-activedescendant={matches[active] ? `pick-${matches[active].id}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(matches.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void create();
          else if (e.key === 'Enter') {
            const code = matches[active];
            if (code) void apply(code.id);
          } else return;
          e.preventDefault();
        }}
      />
      <ul
        id="picker-list"
        role="listbox"
        aria-label="Codes"
        className="list"
        style={{ maxHeight: 320, overflow: 'auto' }}
      >
        {matches.map((code, i) => (
          <li
            key={code.id}
            id={`pick-${code.id}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'current' : undefined}
            onClick={() => void apply(code.id)}
            style={{ cursor: 'pointer' }}
          >
            <span className="swatch" style={{ background: code.color }} />
            <span style={{ flex: 1 }}>{codePath(live, code.id) ?? code.name}</span>
            {code.hotkey && <kbd>{code.hotkey}</kbd>}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button onClick={() => void create()} disabled={!query.trim() && !props.span}>
          {query.trim() ? `Create code “${query.trim()}”` : 'In-vivo code from selection'}{' '}
          (Ctrl+Enter)
        </button>
        <button onClick={() => props.onClose('dismissed')}>Cancel</button>
      </div>
    </Modal>
  );
}
