import { useRef, useState } from 'react';
import type { Code } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { notice } from '../../state/notices';
import { Modal } from '../layout/Modal';
import { MemoField } from '../annotations/MemoField';
import { saveCodeMemo } from './save-code-memo';
import { ProgressFigure } from '../exchange/ProgressFigure';
import type { CodeMergeProgress } from '../../state/codebook-actions';

/** Edits a code: name, colour, definition, hotkey, memo; merge it into another; delete it. */
export function CodeDialog(props: { code: Code; onClose(): void }) {
  const workbench = useWorkbench();
  const codes = useWorkbenchState((s) => s.codes);
  const { code } = props;
  const [name, setName] = useState(code.name);
  const [color, setColor] = useState(code.color);
  const [description, setDescription] = useState(code.description);
  const [hotkey, setHotkey] = useState(code.hotkey ?? '');
  const [mergeInto, setMergeInto] = useState('');
  const [merging, setMerging] = useState<CodeMergeProgress | null>(null);
  const mergeAbort = useRef<AbortController | null>(null);
  const others = codes.filter((c) => !c.deleted && c.id !== code.id);
  const hotkeyValid = hotkey === '' || /^[a-z0-9]$/i.test(hotkey);

  async function save() {
    try {
      await workbench.codebook.update(
        code.id,
        {
          name: name.trim(),
          color,
          description,
          hotkey: hotkey ? hotkey.toLowerCase() : null,
        },
        `edit code ${code.name}`,
      );
      props.onClose();
    } catch (error) {
      workbench.fail('Could not save the code', error);
    }
  }

  async function merge() {
    const controller = new AbortController();
    mergeAbort.current = controller;
    setMerging({ done: 0, total: 0, saving: false });
    const into = codes.find((c) => c.id === mergeInto)?.name ?? 'the other code';
    try {
      const moved = await workbench.codebook.merge(code.id, mergeInto, {
        signal: controller.signal,
        onProgress: setMerging,
      });
      const what = moved === 1 ? '1 annotation' : `${moved.toLocaleString()} annotations`;
      workbench.notify(notice('info', `Merged code ${code.name} into ${into}`, [`${what} moved.`]));
      props.onClose();
    } catch (error) {
      if (controller.signal.aborted)
        workbench.notify(
          notice('info', `Merge cancelled: ${code.name} was not merged into ${into}`, [
            'Nothing was changed.',
          ]),
        );
      else workbench.fail('Could not merge the codes', error);
    } finally {
      mergeAbort.current = null;
      setMerging(null);
    }
  }

  return (
    <Modal label={`Edit code ${code.name}`} onClose={props.onClose}>
      <h2 style={{ fontSize: 16 }}>Edit code</h2>
      <form
        style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 8, alignItems: 'center' }}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label htmlFor="code-name">Name</label>
        <input
          id="code-name"
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
        />
        <label htmlFor="code-color">Colour</label>
        <input
          id="code-color"
          type="color"
          value={color}
          onChange={(e) => setColor(e.target.value)}
        />
        <label htmlFor="code-description">Definition</label>
        <textarea
          id="code-description"
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <label htmlFor="code-hotkey">Hotkey</label>
        <input
          id="code-hotkey"
          type="text"
          maxLength={1}
          value={hotkey}
          aria-invalid={!hotkeyValid}
          aria-describedby="hotkey-help"
          onChange={(e) => setHotkey(e.target.value)}
        />
        <span />
        <span id="hotkey-help" className="muted">
          One letter or digit; pressing it in the document applies this code. Taking a hotkey moves
          it from another code.
        </span>
        <div style={{ gridColumn: '1 / -1' }}>
          {/* The memo saves as it is typed, like every memo, so nothing typed here is lost. */}
          <MemoField
            id="code-memo"
            label="Memo"
            rows={3}
            value={code.memo}
            target={{ kind: 'code', id: code.id, projectId: code.projectId }}
            onSave={(memo) => saveCodeMemo(workbench, code, memo)}
          />
        </div>
        <span />
        <div className="dialog-actions" style={{ marginTop: 0 }}>
          <button type="submit" className="primary" disabled={!name.trim() || !hotkeyValid}>
            Save
          </button>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
      <hr style={{ border: 0, borderTop: '1px solid var(--border)', margin: '16px 0' }} />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
        <label htmlFor="merge-into">Merge into</label>
        <select id="merge-into" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">Choose a code…</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button disabled={!mergeInto || merging !== null} onClick={() => void merge()}>
          Merge
        </button>
        {merging && (
          <span>
            <ProgressFigure
              value={{
                label: merging.saving ? 'Saving the merge' : 'Merging annotations',
                done: merging.done,
                total: merging.saving ? 0 : merging.total,
              }}
            />{' '}
            {!merging.saving && (
              <button type="button" onClick={() => mergeAbort.current?.abort()}>
                Cancel merge
              </button>
            )}
          </span>
        )}
        <span style={{ flex: 1 }} />
        <button
          onClick={() =>
            void workbench.codebook
              .remove(code.id)
              .then(props.onClose)
              .catch((e: unknown) => workbench.fail('Could not delete the code', e))
          }
        >
          Delete code
        </button>
      </div>
    </Modal>
  );
}
