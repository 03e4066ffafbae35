import { useWorkbench } from '../../app/workbench-context';
import type { TeamFolderSync, TeamFolderView } from './team-folder-sync';
import { TeammateList } from './TeammateList';

/**
 * "Sync now" by hand, where the browser cannot keep a folder linked (no File System Access API):
 * save your own team file into the shared folder yourself, and merge teammates' files picked
 * from it, one at a time, with the same status lines.
 */
export function ManualTeamSync(props: { sync: TeamFolderSync; view: TeamFolderView; now: number }) {
  const workbench = useWorkbench();
  const { sync, view } = props;
  const run = (title: string, work: () => Promise<unknown>) =>
    void work().catch((error: unknown) => workbench.fail(title, error));
  if (!view.projectId) return <p>Open a project to sync it with a team folder.</p>;
  return (
    <>
      <p>
        This browser cannot keep a folder linked (it lacks the File System Access API), so sync by
        hand: save your team file into the shared folder, and merge each teammate’s file from it.
        You never need to touch anyone else’s file. The desktop app or a Chromium-based browser does
        this by itself.
      </p>
      <TeammateList teammates={view.teammates} now={props.now} />
      <div className="dialog-actions">
        <button
          onClick={() =>
            run('Could not save your team file', async () => {
              const own = await sync.ownFile();
              if (own)
                await workbench.platform.saveFile(own.fileName, own.content, 'application/json');
            })
          }
        >
          Save my team file…
        </button>
        <button
          className="primary"
          onClick={() =>
            run('Could not merge the file', async () => {
              const file = await workbench.platform.openTextFile(['.json']);
              if (file) await sync.mergePicked(file.name, file.content);
            })
          }
        >
          Merge a teammate’s file…
        </button>
      </div>
    </>
  );
}
