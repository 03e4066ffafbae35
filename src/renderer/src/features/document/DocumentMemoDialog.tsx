import { useWorkbench } from '../../app/workbench-context';
import type { DocumentMeta } from '../../state/workbench-state';
import { MemoField } from '../annotations/MemoField';
import { Modal } from '../layout/Modal';
import { DocumentAttributes } from './DocumentAttributes';

/**
 * The memo on a whole document, with its attributes (REFI-QDA variables) above it when it has
 * any. It saves as the user types, like every memo (each write one
 * undoable change), so closing the dialog, the window or the page never loses it.
 */
export function DocumentMemoDialog(props: { document: DocumentMeta; onClose(): void }) {
  const workbench = useWorkbench();
  const { document: doc } = props;
  const save = async (memo: string) => {
    await workbench.setDocumentMemo(doc.id, memo);
    const stored = workbench.state.documents.find((d) => d.id === doc.id);
    if (stored?.memo !== memo) throw new Error('the document changed meanwhile');
  };
  return (
    <Modal label={`Memo on ${doc.name}`} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          props.onClose();
        }}
      >
        <h2 style={{ fontSize: 16 }}>Memo on {doc.name}</h2>
        <DocumentAttributes attributes={doc.attributes} />
        <MemoField
          id="document-memo"
          label="Memo text"
          rows={8}
          autoFocus
          value={doc.memo}
          target={{ kind: 'document', id: doc.id, projectId: doc.projectId }}
          onSave={save}
        />
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Save memo
          </button>
          <button type="button" onClick={props.onClose}>
            Close
          </button>
        </div>
      </form>
    </Modal>
  );
}
