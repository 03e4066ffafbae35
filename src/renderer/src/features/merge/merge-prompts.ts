import type { CodeMapping, MergeReport } from '../../../../core/merge';
import type { Id } from '../../../../core/model/types';
import type { CarriedCounts } from './carry-incoming';
import type { MergeProgress } from './prepare-merge';

/** A project the user may merge a file into. */
export interface MergeTarget {
  id: Id;
  name: string;
}

/** What a merge into one project would do, for the preview dialog. */
export interface MergePreview {
  projectId: Id;
  report: MergeReport;
  /** The target project's live codes with their paths, for mapping unmatched incoming codes. */
  localCodes: { id: Id; path: string }[];
  /** Why the merge cannot land (a new document without its text): Proceed is disabled. */
  problems: string[];
  /** Incoming documents with another text than the local copy they correspond to, by name. */
  changedTexts: { incoming: string; local: string; localId: Id }[];
  /** What the user should know before proceeding (parent cycles the merge would keep). */
  warnings: string[];
  /** Incoming annotations carried onto the ticked local copies: exactly, fuzzily, as orphans. */
  carried: CarriedCounts;
}

/** What a preview is computed with besides the project and the code mapping. */
export interface PreviewOptions {
  /** Local documents whose incoming counterpart comes in beside them (unticked); others are carried onto. */
  leaveBeside?: readonly Id[];
  /** How far the computation has come ("Comparing 12,000 of 60,000 records"). */
  onProgress?(progress: MergeProgress): void;
}

/** The user's answer to a merge preview. */
export type MergeDecision =
  | {
      action: 'merge';
      projectId: Id;
      codeMapping: CodeMapping;
      /** Local documents to carry the incoming annotations onto (default: none). */
      carryOnto?: Id[];
    }
  | { action: 'new-project' };

/** A question for the preview dialog: which file, into which project, and how to preview it. */
export interface MergeQuestion {
  sourceName: string;
  fileName: string;
  targets: MergeTarget[];
  initialTarget: Id | null;
  /** Whether "a new project" may be chosen (the profile does not have the file's project). */
  allowNewProject: boolean;
  /**
   * Computes the preview of a merge into a project with a code mapping (cancellable), carrying
   * the incoming annotations onto every local copy with another text except `leaveBeside`.
   */
  preview(
    projectId: Id,
    codeMapping: CodeMapping,
    signal: AbortSignal,
    options?: PreviewOptions,
  ): Promise<MergePreview>;
}

/** A pending question with the function that answers it. */
export interface PendingMerge {
  /** Tells questions apart (a fresh dialog for each). */
  id: number;
  question: MergeQuestion;
  answer(decision: MergeDecision | null): void;
}

/**
 * The merge preview questions of one workbench: the merge flow asks (and waits), the preview
 * dialog (mounted once in the app) shows the pending question and answers it. One at a time:
 * a second question waits for the first to be answered.
 */
export class MergePrompts {
  private pending: PendingMerge | null = null;
  private queue: PendingMerge[] = [];
  private readonly listeners = new Set<() => void>();
  private asked = 0;

  /** Asks the user; resolves with their decision, or null when they cancel. */
  ask(question: MergeQuestion): Promise<MergeDecision | null> {
    return new Promise((resolve) => {
      const item: PendingMerge = {
        id: ++this.asked,
        question,
        answer: (decision) => {
          if (this.pending !== item) return;
          this.pending = this.queue.shift() ?? null;
          this.emit();
          resolve(decision);
        },
      };
      if (this.pending) this.queue.push(item);
      else this.pending = item;
      this.emit();
    });
  }

  /** The question on screen now, if any. */
  current(): PendingMerge | null {
    return this.pending;
  }

  /** Subscribes to changes of the current question; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

const prompts = new WeakMap<object, MergePrompts>();

/** The merge prompts of a workbench (one per composition root, made on first use). */
export function mergePromptsOf(workbench: object): MergePrompts {
  let found = prompts.get(workbench);
  if (!found) {
    found = new MergePrompts();
    prompts.set(workbench, found);
  }
  return found;
}
