import * as commands from '../../../core/commands/coding';
import type { ChangeSet } from '../../../core/changes/change-set';
import { newId } from '../../../core/ids/new-id';
import type { Annotation, Code, Id } from '../../../core/model/types';
import type { Span } from '../features/document-surface/types';
import { afterNextPaint } from './after-next-paint';
import type { Session } from './session';

/**
 * Coding the open document: apply codes to spans, recode, resize, memo, delete. Each action is
 * one undoable change set named in the user's words ("apply code Victims"), built in its turn
 * from the annotations as they are then.
 */
export class CodingActions {
  constructor(
    private readonly session: Session,
    private readonly codebook: { createCode(name: string, parentId: Id | null): Promise<Code> },
  ) {}

  private codeName(codeId: Id): string {
    return this.session.store.get().codes.find((c) => c.id === codeId)?.name ?? 'code';
  }

  private open() {
    const doc = this.session.store.get().openDocument;
    if (!doc) throw new Error('Open a document first.');
    return doc;
  }

  /** The live annotation with this id in the open document. */
  annotation(id: Id): Annotation | undefined {
    return this.session.annotations.get(id);
  }

  /**
   * Applies a code to a span. When an annotation already covers exactly this span the code is
   * added to it (several codes on one span), otherwise a new annotation is made. With
   * `afterPaint` (the caller has painted the result already) the edit takes its turn in the
   * queue at once but is built and written after the next frame, so that frame shows the paint
   * without waiting for the write to start.
   */
  async applyCode(
    span: Span,
    codeId: Id,
    options: { afterPaint?: boolean } = {},
  ): Promise<Id | null> {
    const annotationId = await this.session.changes.change(async () => {
      if (options.afterPaint) await afterNextPaint();
      const doc = this.open();
      const made = commands.applyCode(
        {
          overlapping: this.session.annotations.overlapping(span.start, span.end),
          document: doc.meta,
          text: doc.text,
          span,
          codeId,
          codeName: this.codeName(codeId),
          newId: newId(),
        },
        this.session.context(),
      );
      return { set: made.set, value: made.annotationId };
    });
    this.session.store.set({ lastCodeId: codeId, selectedAnnotationId: annotationId });
    return annotationId;
  }

  /**
   * Applies a code named `name` to the span, creating it first when the codebook has no live code
   * of that name. With no name, the code is named after the selected words (in-vivo coding).
   */
  async applyNewCode(span: Span, name?: string): Promise<Id | null> {
    const doc = this.open();
    const words = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const wanted = (name ?? '').trim() || (words.length > 80 ? `${words.slice(0, 79)}…` : words);
    if (!wanted) throw new Error('Select some words first: an in-vivo code is named after them.');
    const existing = this.session.store.get().codes.find((c) => !c.deleted && c.name === wanted);
    const code = existing ?? (await this.codebook.createCode(wanted, null));
    return this.applyCode(span, code.id);
  }

  /** An edit of the live annotation as it is when the turn comes (a missing one changes nothing). */
  private edit(annotationId: Id, make: (annotation: Annotation) => ChangeSet): Promise<void> {
    return this.session.changes.change(() => {
      const annotation = this.annotation(annotationId);
      return { set: annotation ? make(annotation) : null, value: undefined };
    });
  }

  /** Adds the code when the annotation lacks it, removes it otherwise (memo kept). */
  async toggleCode(annotationId: Id, codeId: Id): Promise<void> {
    const name = this.codeName(codeId);
    let added = false;
    await this.edit(annotationId, (a) => {
      const ctx = this.session.context();
      added = !a.codeIds.includes(codeId);
      return added
        ? commands.addCode(a, codeId, name, ctx)
        : commands.removeCode(a, codeId, name, ctx);
    });
    if (added) this.session.store.set({ lastCodeId: codeId });
  }

  /** Moves an annotation's ends. */
  async resize(annotationId: Id, start: number, end: number): Promise<void> {
    if (end <= start) return;
    await this.edit(annotationId, (a) =>
      commands.resizeAnnotation(a, this.open().text, { start, end }, this.session.context()),
    );
  }

  /** Sets an annotation's memo. */
  async setMemo(annotationId: Id, memo: string): Promise<void> {
    await this.edit(annotationId, (a) =>
      commands.setAnnotationMemo(a, memo, this.session.context()),
    );
  }

  /** Moves an annotation to the trash. */
  async remove(annotationId: Id): Promise<void> {
    await this.edit(annotationId, (a) => commands.deleteAnnotation(a, this.session.context()));
  }
}
