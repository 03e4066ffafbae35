import type { AnnotationQuery, SurfaceAnnotation } from './types';

/**
 * Edits painted before their write commits (optimistic paint). The app adds an annotation
 * here when the user codes a span, the surface paints it in the same frame, and the app settles
 * it once the write has landed in the annotation source, or rolls it back (visibly, with a
 * notice) when the write fails. The highlight no longer waits for IndexedDB.
 */
export class PendingAnnotations {
  private readonly added = new Map<string, SurfaceAnnotation>();
  private readonly hidden = new Set<string>();

  /** Edits not yet settled or rolled back. */
  get size(): number {
    return this.added.size + this.hidden.size;
  }

  /** Whether an edit to `id` is pending (shown or hidden). */
  has(id: string): boolean {
    return this.added.has(id) || this.hidden.has(id);
  }

  /** Shows `annotation` now (new, or replacing the one with its id). */
  put(annotation: SurfaceAnnotation): void {
    this.added.set(annotation.id, annotation);
  }

  /** Hides the annotation with this id now (a delete in flight). */
  hide(id: string): void {
    this.hidden.add(id);
  }

  /** Forgets the edit to `id`: its write landed (settled) or failed (rolled back). */
  forget(id: string): void {
    this.added.delete(id);
    this.hidden.delete(id);
  }

  /** The source with pending edits laid over it: the query the painter reads. */
  over(source: AnnotationQuery | null): AnnotationQuery | null {
    if (this.size === 0) return source;
    return (start, end) => {
      const base = source ? source(start, end) : [];
      const out: SurfaceAnnotation[] = [];
      for (const a of base) if (!this.hidden.has(a.id) && !this.added.has(a.id)) out.push(a);
      for (const a of this.added.values()) {
        if (!this.hidden.has(a.id) && a.start < end && a.end > start) out.push(a);
      }
      return out.sort((x, y) => x.start - y.start);
    };
  }
}
