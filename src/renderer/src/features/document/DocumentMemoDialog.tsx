import { useState } from 'react';
import { useWorkbench } from '../../app/workbench-context';
import type { DocumentMeta } from '../../state/workbench-state';
import { Modal } from '../layout/Modal';

/** The memo on a whole document (saved as one undoable change). */
export function DocumentMemoDialog(props: { document: DocumentMeta; onClose(): void }) {
  const workbench = useWorkbench();
  const [memo, setMemo] = useState(props.document.memo);
  return (
    <Modal label={`Memo on ${props.document.name}`} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void workbench
            .setDocumentMemo(props.document.id, memo)
            .then(props.onClose)
            .catch((error: unknown) => workbench.fail('Could not save the memo', error));
        }}
      >
        <h2 style={{ fontSize: 16 }}>Memo on {props.document.name}</h2>
        <label htmlFor="document-memo" className="muted">
          Memo text
        </label>
        <textarea
          id="document-memo"
          rows={8}
          style={{ width: '100%' }}
          autoFocus
          value={memo}
          onChange={(e) => setMemo(e.target.value)}
        />
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Save memo
          </button>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
