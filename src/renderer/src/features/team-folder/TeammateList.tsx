import { describeTeammate } from '../../../../core/team-folder/teammate-status';
import type { TeammateStatus } from '../../../../core/team-folder/teammate-status';

/** One status line per teammate: when their file was last merged and what it brought. */
export function TeammateList(props: { teammates: TeammateStatus[]; now: number }) {
  return (
    <>
      <h3 id="team-mates">Teammates</h3>
      {props.teammates.length === 0 ? (
        <p className="muted">No teammate’s file merged yet.</p>
      ) : (
        <ul className="list" aria-labelledby="team-mates">
          {props.teammates.map((t) => (
            <li key={t.fileName} title={t.fileName}>
              {describeTeammate(t, props.now)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
