import type { ProjectSnapshot } from '../../model/snapshot';
import { exportView } from './export-model';
import { RefiQdaError } from './refi-error';
import { writeCodes } from './write-qde';
import { XmlWriter } from './xml-writer';
import { ORIGIN } from './write-qde';

/**
 * Writes a project's codebook as a REFI-QDA `.qdc`: hierarchy, names, colours, descriptions.
 * The codebook schema has no notes, so code memos are not in it (a `.qdpx` carries them).
 * A codebook needs at least one code; an empty one is refused with a message.
 */
export function writeQdc(snapshot: ProjectSnapshot, fileName = 'codebook.qdc'): string {
  const view = exportView(snapshot);
  if (!view.childrenOf.get(null)?.length) {
    throw new RefiQdaError(
      fileName,
      'the codebook has no codes, and a .qdc must hold at least one',
    );
  }
  const w = new XmlWriter();
  w.open('CodeBook', [
    ['xmlns', 'urn:QDA-XML:codebook:1.0'],
    ['origin', ORIGIN],
  ]);
  w.open('Codes');
  writeCodes(w, view, null, new Set());
  w.close('Codes');
  w.close('CodeBook');
  return w.toString();
}
