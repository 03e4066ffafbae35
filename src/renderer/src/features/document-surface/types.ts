import type { Annotation, Block, Code, Mark } from '../../../../core/model/types';

/** A half-open span of canonical text in UTF-16 code units (core's one `Span`). */
export type { Span } from '../../../../core/anchoring/span';

/** What the surface renders: the canonical text and its structure (a `ParsedDocument` fits). */
export interface SurfaceDocument {
  text: string;
  blocks: readonly Block[];
  marks: readonly Mark[];
}

/**
 * The part of an annotation the surface needs. A full `Annotation` fits; benchmarks and tests
 * can pass lighter objects. `createdBy` (its coder) is needed only for stripes by coder.
 */
export type SurfaceAnnotation = Pick<Annotation, 'id' | 'start' | 'end' | 'codeIds'> &
  Partial<Pick<Annotation, 'createdBy'>>;

/** A coder as stripes by coder draw them: a column in their colour, named for screen readers. */
export interface SurfaceCoder {
  id: string;
  name: string;
  color: string;
}

/** The part of a code the surface needs (a full `Code` fits). */
export type SurfaceCode = Pick<Code, 'id' | 'name' | 'color'>;

/**
 * Returns the annotations that overlap `[start, end)` (an interval index query). The painter asks
 * only for the window near the viewport, so 100,000 annotations cost what the window holds.
 */
export type AnnotationQuery = (start: number, end: number) => readonly SurfaceAnnotation[];
