import * as edits from '../../../core/coding/edits';
import { newId } from '../../../core/ids/new-id';
import type { Annotation, Id } from '../../../core/model/types';
import type { Span } from '../features/document-surface/types';
import type { Workbench } from './workbench';

/**
 * Coding the open document: apply codes to spans, recode, resize, memo, delete, restore.
 * Each action is one undoable change named in the user's words ("apply code Victims").
 */
export class CodingActions {
  constructor(private readonly workbench: Workbench) {}

  private codeName(codeId: Id): string {
    return this.workbench.state.codes.find((c) => c.id === codeId)?.name ?? 'code';
  }

  private open() {
    const doc = this.workbench.state.openDocument;
    if (!doc) throw new Error('Open a document first.');
    return doc;
  }

  /** The live annotation with this id in the open document. */
  annotation(id: Id): Annotation | undefined {
    return this.workbench.annotations.get(id);
  }

  /**
   * Applies a code to a span. When an annotation already covers exactly this span the code is
   * added to it (several codes on one span), otherwise a new annotation is made.
   */
  async applyCode(span: Span, codeId: Id): Promise<Id | null> {
    const doc = this.open();
    const ctx = this.workbench.context();
    const same = this.workbench.annotations
      .overlapping(span.start, span.end)
      .find((a) => a.start === span.start && a.end === span.end);
    const label = `apply code ${this.codeName(codeId)}`;
    if (same) {
      await this.workbench.commit(label, edits.addCode(same, codeId, ctx));
      this.remember(codeId, same.id);
      return same.id;
    }
    const annotation = edits.newAnnotation(
      {
        id: newId(),
        projectId: doc.meta.projectId,
        documentId: doc.meta.id,
        text: doc.text,
        ...span,
        codeIds: [codeId],
      },
      ctx,
    );
    await this.workbench.commit(label, edits.annotationChange(null, annotation));
    this.remember(codeId, annotation.id);
    return annotation.id;
  }

  private remember(codeId: Id, annotationId: Id): void {
    this.workbench.store.set({ lastCodeId: codeId, selectedAnnotationId: annotationId });
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
    const existing = this.workbench.state.codes.find((c) => !c.deleted && c.name === wanted);
    const code = existing ?? (await this.workbench.codebook.createCode(wanted, null));
    return this.applyCode(span, code.id);
  }

  /** Adds the code when the annotation lacks it, removes it otherwise (memo kept). */
  async toggleCode(annotationId: Id, codeId: Id): Promise<void> {
    const annotation = this.annotation(annotationId);
    if (!annotation) return;
    const ctx = this.workbench.context();
    const name = this.codeName(codeId);
    if (annotation.codeIds.includes(codeId)) {
      await this.workbench.commit(`remove code ${name}`, edits.removeCode(annotation, codeId, ctx));
    } else {
      await this.workbench.commit(`add code ${name}`, edits.addCode(annotation, codeId, ctx));
      this.workbench.store.set({ lastCodeId: codeId });
    }
  }

  /** Moves an annotation's ends. */
  async resize(annotationId: Id, start: number, end: number): Promise<void> {
    const annotation = this.annotation(annotationId);
    if (!annotation || end <= start) return;
    const doc = this.open();
    await this.workbench.commit(
      'resize annotation',
      edits.resizeAnnotation(annotation, doc.text, start, end, this.workbench.context()),
    );
  }

  /** Sets an annotation's memo. */
  async setMemo(annotationId: Id, memo: string): Promise<void> {
    const annotation = this.annotation(annotationId);
    if (!annotation) return;
    await this.workbench.commit(
      'edit annotation memo',
      edits.setAnnotationMemo(annotation, memo, this.workbench.context()),
    );
  }

  /** Moves an annotation to the trash. */
  async remove(annotationId: Id): Promise<void> {
    const annotation = this.annotation(annotationId);
    if (!annotation) return;
    await this.workbench.commit(
      'delete annotation',
      edits.deleteAnnotation(annotation, this.workbench.context()),
    );
  }
}
