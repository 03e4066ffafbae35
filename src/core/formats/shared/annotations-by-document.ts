import { groupLiveByDocument } from '../../model/live-by-document';
import type { Annotation, Id } from '../../model/types';

/**
 * The live (not deleted) annotations of each document, in text order (start, end, then id so
 * equal spans keep one order): what every per-document export (CSV, XLSX, W3C) walks.
 */
export function liveAnnotationsByDocument(
  annotations: readonly Annotation[],
): Map<Id, Annotation[]> {
  const byDocument = groupLiveByDocument(annotations);
  for (const list of byDocument.values()) {
    list.sort(
      (x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
  }
  return byDocument;
}
