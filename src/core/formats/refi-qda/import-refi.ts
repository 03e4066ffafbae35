import type { Id, Timestamp } from '../../model/types';
import { DEFAULT_LIMITS, type ArchiveLimits } from './limits';
import { readQde } from './read-qde';
import { RefiQdaError } from './refi-error';
import { unpackArchive } from './safe-unzip';
import { toSnapshot, type RefiImport } from './to-snapshot';
import { sourceLookup } from './source-lookup';
import { decodeXml, parseXml } from './xml-tree';

/** What an import needs besides the bytes. */
export interface RefiImportOptions {
  now: Timestamp;
  newId: () => Id;
  limits?: ArchiveLimits;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Imports a REFI-QDA file: a `.qdpx` archive, a bare `.qde` project or a `.qdc` codebook (told
 * apart by content, not by name). Refuses hostile or unreadable files with a `RefiQdaError` that
 * names the file and the problem; everything readable comes back as a snapshot plus the report
 * of what could not be carried over.
 */
export async function importRefiQda(
  bytes: Uint8Array,
  fileName: string,
  options: RefiImportOptions,
): Promise<RefiImport> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let xmlBytes = bytes;
  let sources = new Map<string, Uint8Array>();
  if (isZip(bytes)) {
    const archive = unpackArchive(bytes, fileName, (name) => /\.(qde|txt)$/i.test(name), limits);
    const qdeName =
      archive.names.find((n) => n.toLowerCase() === 'project.qde') ??
      archive.names.find((n) => /^[^/]+\.qde$/i.test(n)) ??
      archive.names.find((n) => /\.qde$/i.test(n));
    const qde = qdeName && archive.files.get(qdeName);
    if (!qde) throw new RefiQdaError(fileName, 'the archive has no project.qde');
    xmlBytes = qde;
    sources = archive.files;
  } else if (bytes.length > limits.maxEntryBytes) {
    throw new RefiQdaError(fileName, `the file is larger than ${limits.maxEntryBytes} bytes`);
  }
  const root = parseXml(decodeXml(xmlBytes), fileName, limits.maxXmlDepth);
  const qde = readQde(root, fileName);
  const lookup = sourceLookup(sources);
  return toSnapshot(qde, { fileName, now: options.now, newId: options.newId, sourceBytes: lookup });
}
