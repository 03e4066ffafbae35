import type { WriteProgress } from '../registry-types';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ProjectSnapshot } from '../../model/snapshot';
import { writeQde } from './write-qde';

/** A `.qdpx` archive and what had to be left out of it. */
export interface QdpxExport {
  bytes: Uint8Array;
  warnings: string[];
}

/** A fixed entry time, so exporting the same records twice gives the same bytes. */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * Packs a project as a `.qdpx`: `project.qde` plus `sources/<guid>.txt` for each document
 * (UTF-8 without BOM, LF: the canonical text as is). Deterministic: entries in a fixed order,
 * with a fixed time stamp.
 */
export function exportQdpx(snapshot: ProjectSnapshot, onProgress?: WriteProgress): QdpxExport {
  const written = writeQde(snapshot, { onProgress });
  const entries: Zippable = { 'project.qde': strToU8(written.qde) };
  for (const [path, text] of written.sources) entries[path] = strToU8(text);
  return { bytes: zipSync(entries, { level: 6, mtime: ENTRY_TIME }), warnings: written.warnings };
}
