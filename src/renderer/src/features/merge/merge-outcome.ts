import type { ChangedText, CodeMapping, MergeReport } from '../../../../core/merge';
import type { ProjectSnapshot } from '../../../../core/model/snapshot';
import type { Id } from '../../../../core/model/types';
import type { ReanchorRunner } from '../reanchor/reanchor-runner';
import type { CarriedCounts } from './carry-incoming';
import type { MergeRunner } from './merge-runner';

/** How a merge is asked for. */
export interface MergeRequestOptions {
  /**
   * The project to merge into. Default: the file's own project when this profile has it; for
   * an interactive merge, the user may pick another one (or a new project) in the preview.
   */
  projectId?: Id;
  /**
   * Show the preview dialog and wait for Proceed (default true). Non-interactive merges (the
   * team folder) land at once, create every unmatched code, and notify nobody: the caller says
   * what it wants from the returned outcome.
   */
  interactive?: boolean;
  /** Incoming code id → local code id or `create`, for non-interactive merges. */
  codeMapping?: CodeMapping;
  /** Offer "a new project" as a target in the preview (default: when the file's project is not here). */
  allowNewProject?: boolean;
  /** The file name, for messages (default: the source name). */
  fileName?: string;
  /**
   * Whether the merge becomes a step of the undo history, so Undo reverts it as a whole
   * (default: true when interactive, false otherwise: an automatic merge must not be what
   * Ctrl+Z takes back in place of the user's own last edit).
   */
  addToHistory?: boolean;
  /** Cancels reading, computing and writing; cancelled, nothing is changed. */
  signal?: AbortSignal;
  /** Where the merge is computed (default: a worker where there are workers). */
  runner?: MergeRunner;
  /**
   * Local documents onto which the incoming annotations of their changed-text counterpart are
   * carried (re-anchored). Interactive merges take the preview's ticks (all by default);
   * otherwise none unless given: the document comes in beside the local copy.
   */
  carryOnto?: Id[];
  /**
   * Non-interactive merges: carry onto every local document whose incoming counterpart has
   * another text, as the preview does by default (the team folder asks for it). Ignored when
   * `carryOnto` is given.
   */
  carryChangedTexts?: boolean;
  /** Who re-anchors carried annotations (default: the workbench's re-anchoring worker). */
  reanchor?: ReanchorRunner;
  /**
   * The incoming snapshot as it should meet a given target project (default: as it is). Files
   * from other tools carry ids that mean nothing here, so they are matched to the target by
   * content first (`alignToProject`); the preview asks again for each project the user picks,
   * and the write uses the chosen project's answer.
   */
  incomingFor?(projectId: Id, signal?: AbortSignal): Promise<ProjectSnapshot>;
}

/** What became of a merge request. */
export interface MergeOutcome {
  /**
   * `merged`: written (one change set, one history step). `unchanged`: the file brought nothing
   * new. `new-project`: the user chose to import the file as a new project instead (the caller
   * does that; nothing was written here). `cancelled`: by the user, nothing changed.
   * `refused`: the file or the merge cannot land (see `problems`), nothing changed.
   */
  status: 'merged' | 'unchanged' | 'new-project' | 'cancelled' | 'refused';
  /** The project merged into (null when none was). */
  projectId: Id | null;
  /** The merge report (counts per kind, conflicts, every incoming outcome), when computed. */
  report: MergeReport | null;
  /** What it brought in words: "312 new annotations, 4 conflicts". */
  summary: string;
  /** The history entry, when merged: "Merged Ada's file: 312 new annotations, 4 conflicts". */
  label: string | null;
  /** Why it was refused, one line each, naming the file. */
  problems: string[];
  /**
   * Incoming documents whose text differs from their local counterpart and whose annotations
   * were not carried onto it (`carryOnto`): they came in beside the local copy.
   */
  changedTexts: ChangedText[];
  /** Incoming annotations carried onto local copies: exactly, fuzzily, kept as orphans. */
  carried: CarriedCounts;
  /** Parent cycles the merged codebook has, in the user's words (see `ComputedMerge`). */
  codeCycles: string[];
}

/** An outcome with defaults for what the status leaves out. */
export const outcome = (
  status: MergeOutcome['status'],
  rest: Partial<MergeOutcome> = {},
): MergeOutcome => ({
  status,
  projectId: null,
  report: null,
  summary: '',
  label: null,
  problems: [],
  changedTexts: [],
  carried: { exact: 0, fuzzy: 0, orphaned: 0 },
  codeCycles: [],
  ...rest,
});
