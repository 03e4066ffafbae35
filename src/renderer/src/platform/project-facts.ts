import type { AnnotationCounts } from '../../../core/coding/annotation-counts';
import type { Id } from '../../../core/model/types';
import type { Storage } from '../storage';

/** Where a project's facts are read from: the profile's storage. */
export type FactsSource = Pick<Storage, 'countAnnotationsByDocument' | 'countAnnotationsByCode'>;

/**
 * The project's live annotation counts per document and per code (see the storage's counts).
 * Both read every annotation of the project: at 100,000 that is seconds of cursor steps and
 * record copies, which is why the workbench has a worker read them (`ExchangeRunner`).
 */
export async function readAnnotationCounts(
  source: FactsSource,
  projectId: Id,
): Promise<AnnotationCounts> {
  const [byDocument, byCode] = await Promise.all([
    source.countAnnotationsByDocument(projectId),
    source.countAnnotationsByCode(projectId),
  ]);
  return { byDocument: Object.fromEntries(byDocument), byCode: Object.fromEntries(byCode) };
}
