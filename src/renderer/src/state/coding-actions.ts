import * as edits from '../../../core/coding/edits';
import { newId } from '../../../core/ids/new-id';
import type { Annotation, Id } from '../../../core/model/types';
import type { RecordPatch } from '../../../core/undo/record-patch';
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
    let annotationId: Id = newId();
    await this.workbench.commit(`apply code ${this.codeName(codeId)}`, () => {
      const same = this.workbench.annotations
        .overlapping(span.start, span.end)
        .find((a) => a.start === span.start && a.end === span.end);
      if (same) {
        annotationId = same.id;
        return edits.addCode(same, codeId, ctx);
      }
      const fields = {
        id: annotationId,
        projectId: doc.meta.projectId,
        documentId: doc.meta.id,
        text: doc.text,
      };
      return edits.annotationChange(
        null,
        edits.newAnnotation({ ...fields, ...span, codeIds: [codeId] }, ctx),
      );
    });
    this.remember(codeId, annotationId);
    return annotationId;
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

  /** The live annotation, read when an edit's turn comes (a missing one changes nothing). */
  private edit(
    annotationId: Id,
    label: string,
    make: (annotation: Annotation) => RecordPatch,
  ): Promise<void> {
    return this.workbench.commit(label, () => {
      const annotation = this.annotation(annotationId);
      return annotation ? make(annotation) : [];
    });
  }

  /** Adds the code when the annotation lacks it, removes it otherwise (memo kept). */
  async toggleCode(annotationId: Id, codeId: Id): Promise<void> {
    const annotation = this.annotation(annotationId);
    if (!annotation) return;
    const ctx = this.workbench.context();
    const name = this.codeName(codeId);
    if (annotation.codeIds.includes(codeId)) {
      await this.edit(annotationId, `remove code ${name}`, (a) => edits.removeCode(a, codeId, ctx));
    } else {
      await this.edit(annotationId, `add code ${name}`, (a) => edits.addCode(a, codeId, ctx));
      this.workbench.store.set({ lastCodeId: codeId });
    }
  }

  /** Moves an annotation's ends. */
  async resize(annotationId: Id, start: number, end: number): Promise<void> {
    if (end <= start) return;
    const doc = this.open();
    const ctx = this.workbench.context();
    await this.edit(annotationId, 'resize annotation', (a) =>
      edits.resizeAnnotation(a, doc.text, start, end, ctx),
    );
  }

  /** Sets an annotation's memo. */
  async setMemo(annotationId: Id, memo: string): Promise<void> {
    const ctx = this.workbench.context();
    await this.edit(annotationId, 'edit annotation memo', (a) =>
      edits.setAnnotationMemo(a, memo, ctx),
    );
  }

  /** Moves an annotation to the trash. */
  async remove(annotationId: Id): Promise<void> {
    const ctx = this.workbench.context();
    await this.edit(annotationId, 'delete annotation', (a) => edits.deleteAnnotation(a, ctx));
  }
}
