import { useState } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { ExportDialog } from '../exchange/ExportDialog';
import { Notices } from '../notices/Notices';
import type { FailedStart } from './start-guard';

/**
 * The plain screen shown instead of the workbench when a project failed to show (now, or at the
 * last start). It names the project and the error and offers a way on that does not render the
 * project: export it, open another project, start an empty one, open the sample, or try again.
 * It uses only flat lists, never the code tree or the document view that may have failed.
 */
export function SafeStart(props: { failure: FailedStart; onLeave(): void }) {
  const workbench = useWorkbench();
  const ready = useWorkbenchState((s) => s.ready);
  const projects = useWorkbenchState((s) => s.projects);
  const projectId = useWorkbenchState((s) => s.projectId);
  const [exporting, setExporting] = useState(false);
  const { failure } = props;
  const current = projects.find((p) => p.id === projectId);
  const failedName = failure.projectName || current?.name || 'the last open project';
  const others = projects.filter((p) => !p.deleted && p.id !== failure.projectId);

  const leave = (work: () => Promise<unknown>, title: string) => () =>
    void work()
      .then(props.onLeave)
      .catch((e: unknown) => workbench.fail(title, e));

  return (
    <div className="app" style={{ overflow: 'auto' }}>
      <main style={{ maxWidth: 640, margin: '48px auto', padding: '0 16px' }}>
        <h1 style={{ fontSize: 20 }}>Marginalia could not show the project “{failedName}”</h1>
        <p>
          Your data is still in this browser’s storage; nothing was deleted. Marginalia started
          without opening the project, so it cannot stop the app from starting.
        </p>
        {failure.message && (
          <p className="muted">
            What went wrong: <code>{failure.message}</code>
          </p>
        )}
        <div className="dialog-actions" style={{ flexWrap: 'wrap', justifyContent: 'flex-start' }}>
          {current && failure.projectId === current.id && (
            <button type="button" className="primary" onClick={() => setExporting(true)}>
              Export “{current.name}”…
            </button>
          )}
          <button
            type="button"
            disabled={!ready}
            onClick={leave(
              () => workbench.createProject('My project'),
              'Could not create a project',
            )}
          >
            Start an empty project
          </button>
          <button
            type="button"
            disabled={!ready}
            onClick={leave(() => workbench.openSampleCorpus(), 'Could not open the sample corpus')}
          >
            Open the sample corpus
          </button>
          <button type="button" onClick={props.onLeave}>
            Try “{failedName}” again
          </button>
        </div>
        {others.length > 0 && (
          <section aria-label="Other projects">
            <h2 style={{ fontSize: 16 }}>Open another project</h2>
            <ul>
              {others.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={leave(
                      () => workbench.switchProject(p.id),
                      'Could not open the project',
                    )}
                  >
                    Open project {p.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
      <Notices />
      {exporting && <ExportDialog onClose={() => setExporting(false)} />}
    </div>
  );
}
