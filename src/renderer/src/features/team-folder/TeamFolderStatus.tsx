import { timeAgo } from '../../../../core/team-folder/teammate-status';
import { useTeamFolder } from './team-folder-context';
import { useNow } from './use-now';

/**
 * The team folder in the status bar, once a project is linked: how many teammates, when the
 * folder was last looked at, and a warning when something needs the user. Opens the dialog.
 */
export function TeamFolderStatus(props: { onOpen(): void }) {
  const { view } = useTeamFolder();
  const now = useNow();
  if (!view?.link) return null;
  const skipped = view.teammates.filter((t) => t.problem).length;
  const attention = !view.link.ready || view.problem || view.own.problem || skipped > 0;
  const mates = `${view.teammates.length} teammate${view.teammates.length === 1 ? '' : 's'}`;
  const when = view.syncing
    ? 'syncing…'
    : view.lastSyncAt !== undefined
      ? `synced ${timeAgo(view.lastSyncAt, now)}`
      : 'not synced yet';
  return (
    <button className="link" onClick={props.onOpen} title="Team folder: teammates and sync">
      {attention ? '⚠ ' : ''}Team folder: {mates}, {when}
    </button>
  );
}
