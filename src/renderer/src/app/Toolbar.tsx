import type { MenuCommand } from '../../../core/ipc/contract';
import { ProjectSwitcher } from '../features/projects/ProjectSwitcher';
import type { DialogName } from './App';
import { useWorkbenchState } from './workbench-context';

/** The main toolbar: projects, opening documents, exchange, undo and redo (named), trash, help. */
export function Toolbar(props: {
  onCommand(name: MenuCommand): void;
  onDialog(name: DialogName): void;
  showCorpus: boolean;
  showSide: boolean;
}) {
  const undoLabel = useWorkbenchState((s) => s.undoLabel);
  const redoLabel = useWorkbenchState((s) => s.redoLabel);
  const coder = useWorkbenchState((s) => s.coder);
  const { onCommand, onDialog } = props;
  return (
    <header className="toolbar" role="toolbar" aria-label="Workbench">
      <span className="brand">Marginalia</span>
      <ProjectSwitcher />
      <button onClick={() => onCommand('open-files')} title="Open files (Ctrl+O)">
        Open files…
      </button>
      <button onClick={() => onCommand('open-folder')} title="Open folder (Ctrl+Shift+O)">
        Open folder…
      </button>
      <button onClick={() => onCommand('open-sample')}>Sample corpus</button>
      <button onClick={() => onCommand('import-project')}>Import project…</button>
      <button onClick={() => onCommand('export-project')} title="Export project (Ctrl+E)">
        Export…
      </button>
      <span className="spacer" />
      <button
        onClick={() => onCommand('undo')}
        disabled={!undoLabel}
        aria-label={undoLabel ? `Undo: ${undoLabel}` : 'Undo'}
        title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
      >
        ↶ Undo
      </button>
      <button
        onClick={() => onCommand('redo')}
        disabled={!redoLabel}
        aria-label={redoLabel ? `Redo: ${redoLabel}` : 'Redo'}
        title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
      >
        ↷ Redo
      </button>
      <button onClick={() => onDialog('trash')}>Trash</button>
      <button onClick={() => onDialog('backups')}>Backups</button>
      <button
        aria-label="Corpus panel"
        aria-pressed={props.showCorpus}
        onClick={() => onCommand('toggle-corpus')}
        title="Ctrl+B"
      >
        Corpus
      </button>
      <button
        aria-label="Codebook panel"
        aria-pressed={props.showSide}
        onClick={() => onCommand('toggle-codebook')}
        title="Ctrl+Shift+B"
      >
        Codebook
      </button>
      <button
        onClick={() => onDialog('coder')}
        aria-label={`Coder: ${coder?.name ?? 'not set'} (change)`}
      >
        {coder ? `Coder: ${coder.name}` : 'Coder'}
      </button>
      <button
        onClick={() => onCommand('shortcuts')}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
    </header>
  );
}
