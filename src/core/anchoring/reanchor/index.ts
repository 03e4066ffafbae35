/** Re-anchoring: annotations follow a text to its next version (diff, exact, then fuzzy). */
export { reanchorAll, reanchorInChunks, type ReanchorOptions } from './reanchor';
export { carryAnnotations, carryPlaced, type CarriedAnnotation } from './carry-annotations';
export {
  placeAnchor,
  prepareTarget,
  DEFAULT_PLACE_OPTIONS,
  type PlaceOptions,
  type Target,
} from './place-anchor';
export type * from './placement';
export type { Orphan } from './orphan';
