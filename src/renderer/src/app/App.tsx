import { ProgressFigure } from '../features/exchange/ProgressFigure';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { AgreementDialog } from '../features/agreement/AgreementDialog';
import { AnnotationList } from '../features/annotations/AnnotationList';
import { CodebookPanel } from '../features/codebook/CodebookPanel';
import { WelcomeDialog } from '../features/coder/WelcomeDialog';
import { CorpusPanel } from '../features/corpus/CorpusPanel';
import { DocumentPane } from '../features/document/DocumentPane';
import { ExportDialog } from '../features/exchange/ExportDialog';
import { ImportCodebookCsvDialog } from '../features/formats/ImportCodebookCsvDialog';
import { ImportRefiDialog } from '../features/formats/ImportRefiDialog';
import { ImportW3cDialog } from '../features/formats/ImportW3cDialog';
import { importProjectFile } from '../features/exchange/import-project';
import { Splitter } from '../features/layout/Splitter';
import { ConflictsDialog } from '../features/merge/ConflictsDialog';
import { MergePreviewDialog } from '../features/merge/MergePreviewDialog';
import { Notices } from '../features/notices/Notices';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog';
import { TrashDialog } from '../features/trash/TrashDialog';
import { BackupsDialog } from '../features/backups/BackupsDialog';
import { TeamFolderDialog } from '../features/team-folder/TeamFolderDialog';
import { TeamFolderStatus } from '../features/team-folder/TeamFolderStatus';
import { CarryCodesDialog } from '../features/reanchor/CarryCodesDialog';
import { OrphansPanel } from '../features/reanchor/OrphansPanel';
import type { DialogName } from './dialog-name';
import { Toolbar } from './Toolbar';
import { useWorkbench, useWorkbenchState } from './workbench-context';
import { isTextField, useGlobalKeys } from './use-global-keys';

export type { DialogName };

/** The workbench: toolbar, three resizable and collapsible panes, notices and dialogs. */
export function App() {
  const workbench = useWorkbench();
  const ready = useWorkbenchState((s) => s.ready);
  const coder = useWorkbenchState((s) => s.coder);
  const progress = useWorkbenchState((s) => s.progress);
  const [dialog, setDialog] = useState<DialogName>(null);
  // Stable, so a dialog that works on mount (the REFI-QDA import's file picker) runs once.
  const closeDialog = useCallback(() => setDialog(null), []);
  const [corpusWidth, setCorpusWidth] = useState(260);
  const [sideWidth, setSideWidth] = useState(320);
  const [showCorpus, setShowCorpus] = useState(true);
  const [showSide, setShowSide] = useState(true);
  const [findRequest, setFindRequest] = useState(0);
  const [zoomRequest, setZoomRequest] = useState({ delta: 0, at: 0 });
  const [dragging, setDragging] = useState(false);

  const command = useCallback(
    (name: MenuCommand) => {
      const fail = (title: string) => (e: unknown) => workbench.fail(title, e);
      switch (name) {
        case 'open-files':
          return void workbench.openDocuments('files');
        case 'open-folder':
          return void workbench.openDocuments('folder');
        case 'open-sample':
          return void workbench.openSampleCorpus().catch(fail('Could not open the sample corpus'));
        case 'export-project':
          return setDialog('export');
        case 'import-project':
          return void importProjectFile(workbench).catch(fail('Could not import the project'));
        case 'undo':
        case 'redo':
          // In a text field the menu's Undo means the field's own text undo.
          if (isTextField(document.activeElement)) return void document.execCommand(name);
          return void (name === 'undo' ? workbench.undo() : workbench.redo()).catch(
            fail(`Could not ${name}`),
          );
        case 'find':
          return setFindRequest((n) => n + 1);
        case 'zoom-in':
          return setZoomRequest({ delta: 1, at: Date.now() });
        case 'zoom-out':
          return setZoomRequest({ delta: -1, at: Date.now() });
        case 'zoom-reset':
          return setZoomRequest({ delta: 0, at: Date.now() });
        case 'toggle-corpus':
          return setShowCorpus((v) => !v);
        case 'toggle-codebook':
          return setShowSide((v) => !v);
        case 'shortcuts':
          return setDialog('shortcuts');
      }
    },
    [workbench],
  );

  useEffect(() => workbench.platform.onMenuCommand(command), [workbench, command]);
  useGlobalKeys(command, workbench.platform.kind === 'electron');

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0)
      await workbench.importFiles(await workbench.platform.readDroppedFiles(files));
  };

  return (
    <div
      className={`app${dragging ? ' drop-target' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <Toolbar
        onCommand={command}
        onDialog={setDialog}
        showCorpus={showCorpus}
        showSide={showSide}
      />
      <main className="panes" aria-busy={!ready}>
        {showCorpus && (
          <>
            <section className="pane side" aria-label="Corpus" style={{ width: corpusWidth }}>
              <CorpusPanel />
            </section>
            <Splitter
              label="Resize corpus panel"
              width={corpusWidth}
              min={160}
              max={600}
              direction={1}
              onChange={setCorpusWidth}
            />
          </>
        )}
        <section className="pane center" aria-label="Document">
          <DocumentPane findRequest={findRequest} zoomRequest={zoomRequest} />
        </section>
        {showSide && (
          <>
            <Splitter
              label="Resize codebook panel"
              width={sideWidth}
              min={220}
              max={700}
              direction={-1}
              onChange={setSideWidth}
            />
            <section
              className="pane side split"
              aria-label="Codebook and annotations"
              style={{ width: sideWidth }}
            >
              <div className="half">
                <CodebookPanel />
              </div>
              <div className="half">
                <AnnotationList />
                <OrphansPanel />
              </div>
            </section>
          </>
        )}
      </main>
      <footer className="statusbar" aria-label="Status">
        <span>{coder ? `Coder: ${coder.name}` : 'No coder set'}</span>
        {progress && (
          <span>
            <ProgressFigure value={progress} />{' '}
            <button className="link" onClick={() => workbench.cancelImport()}>
              Cancel
            </button>
          </span>
        )}
        <span style={{ flex: 1 }} />
        <TeamFolderStatus onOpen={() => setDialog('team-folder')} />
        <span>
          Press <kbd>?</kbd> for keyboard shortcuts
        </span>
      </footer>
      <Notices />
      {ready && (!coder || dialog === 'coder') && (
        // Closes only itself: a first start finishes after the project opens (its counts are
        // read in a worker), by when the coder may have opened another dialog.
        <WelcomeDialog onClose={() => setDialog((d) => (d === 'coder' ? null : d))} />
      )}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'trash' && <TrashDialog onClose={() => setDialog(null)} />}
      {dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} />}
      {dialog === 'backups' && <BackupsDialog onClose={() => setDialog(null)} />}
      {dialog === 'import-refi' && <ImportRefiDialog onClose={closeDialog} />}
      {dialog === 'conflicts' && <ConflictsDialog onClose={closeDialog} />}
      <MergePreviewDialog />
      {dialog === 'team-folder' && <TeamFolderDialog onClose={closeDialog} />}
      {dialog === 'import-w3c' && <ImportW3cDialog onClose={closeDialog} />}
      {dialog === 'import-codebook-csv' && <ImportCodebookCsvDialog onClose={closeDialog} />}
      {dialog === 'carry-codes' && <CarryCodesDialog onClose={closeDialog} />}
      {dialog === 'agreement' && <AgreementDialog onClose={closeDialog} />}
    </div>
  );
}
