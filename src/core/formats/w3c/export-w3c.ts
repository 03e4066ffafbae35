import type { WriteProgress } from '../registry-types';
import { offsetConverter } from '../../anchoring/code-points';
import { isNeitherDecision } from '../../model/provenance';
import type { ProjectSnapshot } from '../../model/snapshot';
import type { Id } from '../../model/types';
import { liveAnnotationsByDocument } from '../shared/annotations-by-document';
import { codePaths } from '../shared/code-paths';
import { ANNO_CONTEXT } from './w3c-types';

/** The URN a document is known by in W3C files: its content hash, the same on every machine. */
export const documentUrn = (contentHash: string): string => `urn:sha256:${contentHash}`;
/** The URN of a code in a tagging body, so a re-import matches the code by id. */
export const codeUrn = (id: Id): string => `urn:marginalia:code:${id}`;
/** The URN of a coder in `creator`. */
export const coderUrn = (id: Id): string => `urn:marginalia:coder:${id}`;
/** The URN of an annotation. */
export const annotationUrn = (id: Id): string => `urn:marginalia:annotation:${id}`;

/** Separator of code paths in tagging bodies. */
export const W3C_PATH_SEPARATOR = ' > ';

/**
 * The project's live coded segments as a W3C Web Annotation collection (JSON-LD): one annotation
 * per segment, a `TextQuoteSelector` (exact, prefix, suffix) and a `TextPositionSelector` in code
 * points on the document identified by its content hash (and named by its label), codes as
 * `tagging` bodies, the memo as a `commenting` body, the coder as `creator`.
 */
export function exportW3c(
  snapshot: ProjectSnapshot,
  documentIds?: readonly Id[],
  onProgress?: WriteProgress,
): object {
  const only = documentIds && new Set(documentIds);
  const paths = codePaths(snapshot.codes);
  const liveCodes = new Set(snapshot.codes.filter((c) => !c.deleted).map((c) => c.id));
  const coders = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  const items: object[] = [];
  const documents = snapshot.documents
    .filter((d) => !d.deleted && (!only || only.has(d.id)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byDocument = liveAnnotationsByDocument(snapshot.annotations);
  let written = 0;
  for (const doc of documents) {
    onProgress?.(written++, documents.length);
    const convert = doc.text === undefined ? null : offsetConverter(doc.text);
    for (const a of byDocument.get(doc.id) ?? []) {
      // An adjudication's "accept neither" is a decision, not a segment (see model/provenance).
      if (isNeitherDecision(a)) continue;
      const body: object[] = a.codeIds
        .filter((id) => liveCodes.has(id))
        .map((id) => ({
          type: 'TextualBody',
          purpose: 'tagging',
          id: codeUrn(id),
          value: (paths.get(id) ?? [id]).join(W3C_PATH_SEPARATOR),
        }));
      if (a.memo)
        body.push({
          type: 'TextualBody',
          purpose: 'commenting',
          format: 'text/plain',
          value: a.memo,
        });
      const selector: object[] = [
        { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix },
      ];
      if (convert) {
        selector.push({
          type: 'TextPositionSelector',
          start: convert.toCodePoint(a.start),
          end: convert.toCodePoint(a.end),
        });
      }
      items.push({
        '@context': ANNO_CONTEXT,
        id: annotationUrn(a.id),
        type: 'Annotation',
        motivation: body.some((b) => 'purpose' in b && b.purpose === 'tagging')
          ? 'tagging'
          : 'commenting',
        creator: {
          id: coderUrn(a.createdBy),
          type: 'Person',
          name: coders.get(a.createdBy) ?? a.createdBy,
        },
        created: a.createdAt,
        modified: a.updatedAt,
        body,
        target: {
          source: {
            id: documentUrn(doc.contentHash),
            type: 'Text',
            format: 'text/plain',
            label: doc.name,
          },
          selector,
        },
      });
    }
  }
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: snapshot.project.name,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
