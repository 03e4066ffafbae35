import { timeAgo } from '../../../../core/team-folder/teammate-status';
import { useWorkbench } from '../../app/workbench-context';
import { CloseActions, Modal } from '../layout/Modal';
import { useTeamFolder } from './team-folder-context';
import { ManualTeamSync } from './ManualTeamSync';
import { TeammateList } from './TeammateList';
import { useNow } from './use-now';

/**
 * Links the open project to a team folder, shows each teammate's status line and the coder's own
 * file, and offers Sync now, Allow access (browser, after a restart) and Unlink.
 */
export function TeamFolderDialog(props: { onClose(): void }) {
  const workbench = useWorkbench();
  const { sync, view } = useTeamFolder();
  const now = useNow(10_000);
  const run = (title: string, work: () => Promise<unknown>) =>
    void work().catch((error: unknown) => workbench.fail(title, error));

  let body;
  if (!sync || !view) {
    body = <p>The team folder is not available here.</p>;
  } else if (!view.available) {
    body = <ManualTeamSync sync={sync} view={view} now={now} />;
  } else if (!view.projectId) {
    body = <p>Open a project to link it to a team folder.</p>;
  } else if (!view.link) {
    body = (
      <>
        <p>
          Link this project to a folder the whole team shares (a network drive, a synced cloud
          folder). Marginalia writes your own file there after each round of edits and merges every
          teammate’s file when it changes. It never writes to anyone else’s file, so no lock files
          are needed.
        </p>
        <div className="dialog-actions">
          <button className="primary" onClick={() => run('Could not link the folder', sync.link)}>
            Link a folder…
          </button>
        </div>
      </>
    );
  } else {
    const { link, own } = view;
    body = (
      <>
        <p>
          Linked to <strong title={link.path}>{link.folderName}</strong>
          {link.path && link.path !== link.folderName && (
            <span className="muted"> ({link.path})</span>
          )}
        </p>
        {!link.ready && (
          <p role="alert">
            The browser needs your permission again to use this folder.{' '}
            <button onClick={() => run('Could not reach the folder', sync.reconnect)}>
              Allow access
            </button>
          </p>
        )}
        {view.problem && <p role="alert">{view.problem}</p>}
        <h3>Your file</h3>
        <p data-testid="team-own-file">
          {own.fileName ?? 'Not written yet'}
          {own.writing
            ? ' — writing…'
            : own.writtenAt !== undefined
              ? ` — written ${timeAgo(own.writtenAt, now)}`
              : ''}
          {own.problem && <span role="alert"> — not written: {own.problem}</span>}
        </p>
        <TeammateList teammates={view.teammates} now={now} />
        <p className="muted" role="status">
          {view.syncing
            ? 'Syncing…'
            : view.lastSyncAt !== undefined
              ? `Last looked ${timeAgo(view.lastSyncAt, now)}.`
              : ''}
        </p>
        <div className="dialog-actions">
          <button
            onClick={() =>
              run('Could not unlink the folder', async () => {
                await sync.unlink();
              })
            }
          >
            Unlink
          </button>
          <button
            className="primary"
            disabled={!link.ready}
            onClick={() =>
              run('Could not sync the team folder', async () => {
                await sync.flush();
                await sync.syncNow();
              })
            }
          >
            Sync now
          </button>
        </div>
      </>
    );
  }

  return (
    <Modal label="Team folder" onClose={props.onClose}>
      <h2>Team folder</h2>
      {body}
      <CloseActions onClose={props.onClose} />
    </Modal>
  );
}
