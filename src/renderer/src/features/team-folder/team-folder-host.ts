import type { TeammateStatus } from '../../../../core/team-folder/teammate-status';

/**
 * What the team folder needs from the workbench, as a small interface: the sync logic is tested
 * with fakes, and the merge can be swapped for the merge feature's entry point in one place
 * (`workbench-team-host.ts`).
 */
export interface TeamFolderHost {
  /** The coder using this profile; nothing is written or merged before one is set. */
  coder(): { id: string; name: string } | null;
  /** The coder's own team file: the project's native exchange file, made off the UI thread. */
  exportOwnFile(projectId: string): Promise<string>;
  /**
   * Merges a teammate's exchange file into the project, or refuses it whole with the problem
   * in words (an invalid file, another project's file): then nothing changed.
   */
  mergeTeammateFile(projectId: string, fileName: string, text: string): Promise<TeammateMerge>;
  /** The teammates' status lines kept for a project (so a restart keeps them); none at first. */
  loadStatuses?(projectId: string): Promise<TeammateStatus[]>;
  /** Keeps the teammates' status lines of a project. */
  saveStatuses?(projectId: string, statuses: TeammateStatus[]): Promise<void>;
  /** Shows a message (a skipped file, a failed write) in the notices strip. */
  report(kind: 'error' | 'warning' | 'info', title: string, lines: string[]): void;
}

/** What merging one teammate's file came to. */
export type TeammateMerge =
  | {
      ok: true;
      /** The teammate's name, from the file (`exportedBy`). */
      coderName?: string;
      /** What it brought, in words ("12 new annotations", "nothing new"). */
      brought: string;
      /** Whether it brought nothing (the file was merged already). */
      nothingNew?: boolean;
    }
  | {
      ok: false;
      problem: string;
      /**
       * The file itself may be fine and the merge failed for a passing reason (the database was
       * busy, a write was refused): try the same file again at the next look.
       */
      retry?: boolean;
    };
