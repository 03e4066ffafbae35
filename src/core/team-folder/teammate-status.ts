/**
 * The status line of a team folder: per teammate, when their file was last merged and what it
 * brought ("Ada: merged 2 min ago, 12 new annotations"), or why it was skipped.
 */

/** What the workbench knows about one teammate's file. */
export interface TeammateStatus {
  fileName: string;
  /** The teammate's name, from their file (`exportedBy`) once read, else from the file name. */
  coderName: string;
  /** When their file was last merged (ms since the epoch); undefined before the first merge. */
  mergedAt?: number;
  /** What the last merge brought, in words ("12 new annotations", "nothing new"). */
  brought?: string;
  /** Why the last attempt was skipped, naming the problem; cleared by the next good merge. */
  problem?: string;
  /** The content hash of the file last merged, so a restart keeps what that merge brought. */
  contentHash?: string;
}

/**
 * The status after merging a file again: a file merged before with the same content brings
 * nothing new (merging is idempotent), so the line keeps when it first came and what it brought
 * instead of "merged just now, nothing new" after every restart.
 */
export function afterMerge(
  previous: TeammateStatus | undefined,
  merged: Required<Pick<TeammateStatus, 'mergedAt' | 'brought' | 'contentHash'>> &
    Pick<TeammateStatus, 'fileName' | 'coderName'>,
  nothingNew: boolean,
): TeammateStatus {
  if (
    nothingNew &&
    previous?.contentHash === merged.contentHash &&
    previous.mergedAt !== undefined &&
    previous.brought !== undefined
  ) {
    return { ...merged, mergedAt: previous.mergedAt, brought: previous.brought };
  }
  return { ...merged };
}

/** "just now", "2 min ago", "3 h ago", "2 days ago": how long ago, in the words a status uses. */
export function timeAgo(thenMs: number, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - thenMs) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** One teammate's status line. */
export function describeTeammate(status: TeammateStatus, nowMs: number): string {
  if (status.problem) return `${status.coderName}: skipped, ${status.problem}`;
  if (status.mergedAt === undefined) return `${status.coderName}: not merged yet`;
  const when = `merged ${timeAgo(status.mergedAt, nowMs)}`;
  return `${status.coderName}: ${when}${status.brought ? `, ${status.brought}` : ''}`;
}
