import { useState } from 'react';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { Modal } from '../layout/Modal';

/**
 * First run: asks for the coder's name (every annotation records who made it) and opens the
 * sample corpus with one click. Later, the same dialog changes the coder's name.
 */
export function WelcomeDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const coder = useWorkbenchState((s) => s.coder);
  const hasProject = useWorkbenchState((s) => s.projects.some((p) => !p.deleted));
  const [name, setName] = useState(coder?.name ?? '');
  const firstRun = !coder;
  const fail = (title: string) => (e: unknown) => workbench.fail(title, e);

  async function start(withSample: boolean) {
    await workbench.setCoderName(name);
    if (withSample) await workbench.openSampleCorpus();
    else if (!hasProject) await workbench.createProject('My project');
    props.onClose();
  }

  return (
    <Modal
      label={firstRun ? 'Welcome to Marginalia' : 'Coder name'}
      onClose={() => !firstRun && props.onClose()}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start(firstRun && !hasProject).catch(fail('Could not start'));
        }}
      >
        <h2>{firstRun ? 'Welcome to Marginalia' : 'Coder name'}</h2>
        {firstRun && (
          <p>
            Code documents with themes from a codebook, write memos, and keep everything on this
            computer. Every annotation records who made it: please enter your name.
          </p>
        )}
        <label htmlFor="coder-name">Your name</label>
        <input
          id="coder-name"
          type="text"
          autoFocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          style={{ width: '100%' }}
        />
        <div className="dialog-actions">
          {firstRun && !hasProject ? (
            <>
              <button
                type="button"
                disabled={!name.trim()}
                onClick={() => void start(false).catch(fail('Could not start'))}
              >
                Start with an empty project
              </button>
              <button type="submit" className="primary" disabled={!name.trim()}>
                Open the sample corpus
              </button>
            </>
          ) : (
            <>
              <button type="submit" className="primary" disabled={!name.trim()}>
                Save
              </button>
              {!firstRun && (
                <button type="button" onClick={props.onClose}>
                  Cancel
                </button>
              )}
            </>
          )}
        </div>
      </form>
    </Modal>
  );
}
