import { useMemo, useState } from 'react';
import type { Code } from '../../../../core/model/types';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { exportCodebookFile, importCodebookFile } from './codebook-file-actions';
import { FilterField } from '../layout/FilterField';
import { CodeDialog } from './CodeDialog';
import { CodebookTree } from './CodebookTree';
import { NewCodeForm } from './NewCodeForm';

/**
 * The codebook panel: new code, import and export of the codebook on its own, a filter, and the
 * code tree (hotkeys and annotation counts shown; keyboard, drag and a context menu to work it).
 */
export function CodebookPanel() {
  const workbench = useWorkbench();
  const codes = useWorkbenchState((s) => s.codes);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Code | null>(null);
  const [adding, setAdding] = useState<{ parentId: string | null } | null>(null);
  const live = useMemo(() => codes.filter((c) => !c.deleted), [codes]);

  return (
    <>
      <div className="pane-header">
        <h2 id="codebook-heading">Codebook</h2>
        <button
          aria-label="New code"
          title="New code"
          onClick={() => setAdding({ parentId: null })}
        >
          + Code
        </button>
        <button
          aria-label="Import codebook"
          title="Import a codebook file (.json)"
          onClick={() =>
            void importCodebookFile(workbench).catch((e: unknown) =>
              workbench.fail('Could not import the codebook', e),
            )
          }
        >
          Import
        </button>
        <button
          aria-label="Export codebook"
          title="Export the codebook on its own (.json)"
          disabled={live.length === 0}
          onClick={() =>
            void exportCodebookFile(workbench).catch((e: unknown) =>
              workbench.fail('Could not export the codebook', e),
            )
          }
        >
          Export
        </button>
      </div>
      <FilterField
        label="Filter codes"
        placeholder="Filter codes"
        value={filter}
        onChange={setFilter}
      />
      {adding && (
        <NewCodeForm
          parentName={
            adding.parentId ? live.find((c) => c.id === adding.parentId)?.name : undefined
          }
          onCancel={() => setAdding(null)}
          onCreate={async (name) => {
            try {
              await workbench.codebook.createCode(name, adding.parentId);
              setAdding(null);
            } catch (error) {
              workbench.fail('Could not create the code', error);
            }
          }}
        />
      )}
      <div
        className="pane-body"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          const id = e.dataTransfer.getData('application/x-marginalia-code');
          if (id && e.target === e.currentTarget) void workbench.codebook.move(id, null);
        }}
      >
        {live.length === 0 ? (
          <p className="muted" style={{ padding: 12 }}>
            No codes yet. Create one with “+ Code”, or select text and press <kbd>/</kbd>.
          </p>
        ) : (
          <CodebookTree
            codes={live}
            filter={filter}
            onEdit={setEditing}
            onAddChild={(code) => setAdding({ parentId: code.id })}
          />
        )}
      </div>
      {editing && <CodeDialog code={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
