import { useMemo, useState } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { FilterField } from '../layout/FilterField';
import { formatSize } from './format-size';
import { DocumentRow } from './DocumentRow';

/** Lists the project's documents with size and annotation count; filter, open, rename, remove. */
export function CorpusPanel() {
  const workbench = useWorkbench();
  const documents = useWorkbenchState((s) => s.documents);
  const counts = useWorkbenchState((s) => s.annotationCounts);
  const openId = useWorkbenchState((s) => s.openDocument?.meta.id ?? null);
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => {
    const query = filter.trim().toLocaleLowerCase();
    return documents
      .filter((d) => !d.deleted && d.name.toLocaleLowerCase().includes(query))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  }, [documents, filter]);
  const live = documents.filter((d) => !d.deleted).length;

  return (
    <>
      <div className="pane-header">
        <h2 id="corpus-heading">Documents</h2>
        <span className="muted">{live}</span>
      </div>
      <FilterField
        label="Filter documents by name"
        placeholder="Filter documents"
        value={filter}
        onChange={setFilter}
      />
      <div className="pane-body">
        {live === 0 ? (
          <div style={{ padding: 12 }} className="muted">
            <p>No documents yet.</p>
            <p>
              <button onClick={() => void workbench.openDocuments('files')}>Open files…</button> or
              drop .txt, .md and .html files here.
            </p>
          </div>
        ) : (
          <ul className="list" aria-labelledby="corpus-heading">
            {visible.map((doc) => (
              <DocumentRow
                key={doc.id}
                name={doc.name}
                detail={`${formatSize(doc.byteSize)} · ${counts[doc.id] ?? 0} annotation${counts[doc.id] === 1 ? '' : 's'}`}
                current={doc.id === openId}
                onOpen={() => void workbench.openDocument(doc.id)}
                onRename={(name) => void workbench.renameDocument(doc.id, name)}
                onRemove={() => void workbench.removeDocument(doc.id)}
              />
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
