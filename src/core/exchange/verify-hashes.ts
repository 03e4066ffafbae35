import { sha256Hex } from '../text/hash';
import type { ImportProblem } from './problems';

/**
 * Checks that each included document text matches its `contentHash`. Separate from the (sync)
 * file parser because WebCrypto is asynchronous; the importer runs it on a parsed file before
 * trusting a text, since documents are matched across coders by hash.
 */
export async function verifyContentHashes(
  documents: readonly { id: string; text?: string; contentHash: string }[],
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  for (const [index, d] of documents.entries()) {
    if (d.text === undefined) continue;
    const actual = await sha256Hex(d.text);
    if (actual !== d.contentHash) {
      problems.push({
        path: `documents[${index}].contentHash`,
        recordId: d.id,
        message: `Does not match the text (its SHA-256 is ${actual})`,
      });
    }
  }
  return problems;
}
