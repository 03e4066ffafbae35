import * as commands from '../../../core/commands/codebook';
import { exportCodebook, parseCodebookFile } from '../../../core/codebook';
import { newId } from '../../../core/ids/new-id';
import type { Annotation, Code, Id } from '../../../core/model/types';
import { nextTask } from './next-task';
import type { Session } from './session';

/** Annotations stamped per step of a code merge (each step a short task of its own). */
const MERGE_STEP = 200;

/** How far a code merge has come: annotations stamped of all, and whether it is saving. */
export interface CodeMergeProgress {
  done: number;
  total: number;
  saving: boolean;
}

/**
 * Editing the hierarchical codebook: create, rename, recolour, describe, set hotkeys, move,
 * merge, delete to trash, import and export a codebook file. Each action is one undoable change
 * set, built in its turn from the codes as they are then.
 */
export class CodebookActions {
  constructor(private readonly session: Session) {}

  private codes(): Code[] {
    return this.session.store.get().codes;
  }

  private project(): Id {
    const projectId = this.session.store.get().projectId;
    if (!projectId) throw new Error('Open or create a project first.');
    return projectId;
  }

  /** Creates a code at the end of its siblings, with the next palette colour and a free hotkey. */
  createCode(name: string, parentId: Id | null): Promise<Code> {
    if (!name.trim()) return Promise.reject(new Error('A code needs a name.'));
    return this.session.changes.change(() => {
      const made = commands.createCode(
        this.codes(),
        { id: newId(), projectId: this.project(), name, parentId },
        this.session.context(),
      );
      return { set: made.set, value: made.code };
    });
  }

  /** Changes fields of one code (name, colour, description, hotkey, memo). */
  update(id: Id, changes: commands.CodeEdit, label: string): Promise<void> {
    if (changes.name !== undefined && !changes.name.trim())
      return Promise.reject(new Error('A code needs a name.'));
    return this.session.changes.change(() => ({
      set: commands.updateCode(this.codes(), id, changes, label, this.session.context()),
      value: undefined,
    }));
  }

  /** Moves a code under another parent (or to the top level) at a position among its siblings. */
  move(id: Id, parentId: Id | null, index?: number): Promise<void> {
    return this.session.changes.change(() => ({
      set: commands.moveCode(this.codes(), id, parentId, index, this.session.context()),
      value: undefined,
    }));
  }

  /**
   * Merges one code into another: its annotations (found through the index of codes, never by
   * reading the whole project) and children move; nothing is lost. Resolves with how many
   * annotations moved. A merge of thousands of annotations takes seconds, so it reports its
   * progress (`onProgress`: annotations stamped so far, of how many) and stops, changing
   * nothing, when `signal` aborts before its change set is built; once saving begins it reports
   * `saving` and finishes, since a change set lands whole.
   */
  merge(
    fromId: Id,
    intoId: Id,
    options: {
      signal?: AbortSignal;
      onProgress?: (progress: CodeMergeProgress) => void;
    } = {},
  ): Promise<number> {
    const { signal, onProgress } = options;
    return this.session.changes.change(async () => {
      signal?.throwIfAborted();
      const projectId = this.project();
      const stored: Annotation[] = await this.session.storage.annotationsWithCode(
        projectId,
        fromId,
      );
      signal?.throwIfAborted();
      // The open document's annotations are the freshest copies of the ones it shows.
      const annotations = stored.map((a) => this.session.annotations.get(a.id) ?? a);
      const total = annotations.length;
      let done = -MERGE_STEP;
      // Stamping thousands of annotations is built in steps, each a short task of its own.
      const set = await commands.mergeCodesInSteps(
        this.codes(),
        annotations,
        fromId,
        intoId,
        this.session.context(),
        async () => {
          done += MERGE_STEP;
          onProgress?.({ done, total, saving: false });
          await nextTask();
          signal?.throwIfAborted();
        },
        MERGE_STEP,
      );
      onProgress?.({ done: total, total, saving: true });
      return { set, value: set.changes.filter((c) => c.kind === 'annotation').length };
    });
  }

  /**
   * Imports a codebook file into the project as one undoable change. Codes keep their ids
   * (stable ids let a teammate's copy merge) unless this project already has them.
   */
  async importCodebookText(text: string, fileName: string): Promise<number> {
    const parsed = parseCodebookFile(fileName, text);
    if (!parsed.ok) {
      throw new Error(
        parsed.problems
          .slice(0, 20)
          .map(
            (p) =>
              `${fileName}: ${p.path || '(file)'}${p.recordId ? ` [${p.recordId}]` : ''}: ${p.message}`,
          )
          .join('\n'),
      );
    }
    return this.session.changes.change(() => {
      const set = commands.importCodebook(
        this.codes(),
        parsed.codes,
        { projectId: this.project(), fileName, newId },
        this.session.context(),
      );
      return { set, value: set.changes.length };
    });
  }

  /** The project's live codebook as a codebook file. */
  exportCodebookText(): string {
    return exportCodebook(this.codes().filter((c) => !c.deleted));
  }

  /** Moves a code and its sub-codes to the trash; annotations keep their codes for a restore. */
  remove(id: Id): Promise<void> {
    return this.session.changes.change(() => ({
      set: commands.deleteCode(this.codes(), id, this.session.context()),
      value: undefined,
    }));
  }
}
