import type { MenuCommand } from '../../../shared/ipc/contract';
import { EXPORT_FORMATS, exportAs } from '../features/formats/export-as';
import { MenuButton } from '../features/layout/MenuButton';
import { ConflictsButton } from '../features/merge/ConflictsButton';
import { ProjectSwitcher } from '../features/projects/ProjectSwitcher';
import type { DialogName } from './dialog-name';
import { useWorkbench, useWorkbenchState } from './workbench-context';

/**
 * The main toolbar, one row even at 1024 px: the project switcher and Project menu, an
 * Import/Export menu, then undo and redo (named after what they undo), trash, the panel toggles,
 * the coder and help.
 */
export function Toolbar(props: {
  onCommand(name: MenuCommand): void;
  onDialog(name: DialogName): void;
  showCorpus: boolean;
  showSide: boolean;
}) {
  const undoLabel = useWorkbenchState((s) => s.undoLabel);
  const redoLabel = useWorkbenchState((s) => s.redoLabel);
  const coder = useWorkbenchState((s) => s.coder);
  const workbench = useWorkbench();
  const { onCommand, onDialog } = props;
  return (
    <header className="toolbar" role="toolbar" aria-label="Workbench">
      <span className="brand">Marginalia</span>
      <ProjectSwitcher
        more={[
          { label: 'Backups…', groupStart: true, onSelect: () => onDialog('backups') },
          { label: 'Team folder…', onSelect: () => onDialog('team-folder') },
          { label: 'Carry codes to another document…', onSelect: () => onDialog('carry-codes') },
        ]}
      />
      <MenuButton
        label="Import/Export"
        title="Open documents, import and export projects"
        items={[
          { label: 'Open files…', shortcut: 'Ctrl+O', onSelect: () => onCommand('open-files') },
          {
            label: 'Open folder…',
            shortcut: 'Ctrl+Shift+O',
            onSelect: () => onCommand('open-folder'),
          },
          { label: 'Sample corpus', onSelect: () => onCommand('open-sample') },
          {
            label: 'Import project…',
            groupStart: true,
            onSelect: () => onCommand('import-project'),
          },
          {
            label: 'Import REFI-QDA project (.qdpx, .qde, .qdc)…',
            onSelect: () => onDialog('import-refi'),
          },
          {
            label: 'Import W3C annotations into this project…',
            onSelect: () => onDialog('import-w3c'),
          },
          {
            label: 'Import codebook from CSV…',
            onSelect: () => onDialog('import-codebook-csv'),
          },
          {
            label: 'Export project…',
            shortcut: 'Ctrl+E',
            onSelect: () => onCommand('export-project'),
          },
          ...EXPORT_FORMATS.map((choice, i) => ({
            label: choice.label,
            groupStart: i === 0,
            onSelect: () => void exportAs(workbench, choice),
          })),
        ]}
      >
        Import/Export ▾
      </MenuButton>
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
      <ConflictsButton onOpen={() => onDialog('conflicts')} />
      <button
        onClick={() => onDialog('agreement')}
        title="Inter-coder agreement, comparison and adjudication"
      >
        Agreement
      </button>
      <button onClick={() => onDialog('trash')}>Trash</button>
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
        className="coder"
        onClick={() => onDialog('coder')}
        aria-label={`Coder: ${coder?.name ?? 'not set'} (change)`}
        title={coder ? `Coder: ${coder.name} (change)` : 'Set your name'}
      >
        {coder ? coder.name : 'Coder'}
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
