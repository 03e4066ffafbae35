import { strToU8, unzipSync, zipSync } from 'fflate';

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * What NVivo for Mac writes for the project an NVivo for Windows `.qdpx` holds, built from the
 * Windows file as ../shared/interop/README.md describes the real Mac export of the same project
 * (that file is not shared): every GUID is new; `sources/` in lower case with an empty
 * `sources/.root`; texts in UTF-8 without BOM, LF, and without the final line break; positions
 * counted in UTF-16 code units over that LF text; no `.docx` copies. The texts themselves are
 * not changed, so every coding must match the Windows file's.
 */
export function macExportOf(windows: Uint8Array, guidSeed = 1): Uint8Array {
  const files = unzipSync(windows);
  const fresh = new Map<string, string>();
  let n = guidSeed;
  const renamed = (guid: string) => {
    const key = guid.toLowerCase();
    let next = fresh.get(key);
    if (!next) {
      const hex = (n++).toString(16).padStart(12, '0');
      next = `a1b2c3d4-0000-4000-8000-${hex}`;
      fresh.set(key, next);
    }
    return next;
  };
  const qdeEntry = Object.keys(files).find((k) => k.toLowerCase() === 'project.qde');
  if (!qdeEntry) throw new Error('no project.qde');
  const decode = (b: Uint8Array) => new TextDecoder().decode(b); // drops a BOM
  const texts = new Map<string, string>();
  for (const [name, bytes] of Object.entries(files)) {
    const m = /^sources\/([^/]+)\.txt$/i.exec(name);
    if (m) texts.set((m[1] as string).toLowerCase(), decode(bytes));
  }
  let qde = decode(files[qdeEntry] as Uint8Array);
  // Positions first, while sources still carry their Windows GUIDs.
  qde = qde.replace(
    /(<TextSource\b[^>]*plainTextPath="(?:internal:\/\/)?([^"]+)\.txt"[^>]*>)([\s\S]*?)(<\/TextSource>)/g,
    (_all, open: string, guid: string, body: string, close: string) => {
      const crlf = texts.get(guid.toLowerCase()) ?? '';
      const lfOffset = lfOffsets(crlf);
      const moved = body.replace(
        /\b(startPosition|endPosition)="(\d+)"/g,
        (_m, attr: string, pos: string) => `${attr}="${lfOffset(Number(pos))}"`,
      );
      return `${open}${moved}${close}`;
    },
  );
  qde = qde.replace(/\r\n/g, '\n').replace(GUID, renamed);
  const out: Record<string, Uint8Array> = {
    'project.qde': strToU8(qde),
    'sources/.root': new Uint8Array(0),
  };
  for (const [guid, text] of texts) {
    const lf = text.replace(/\r\n/g, '\n').replace(/\n$/, '');
    out[`sources/${renamed(guid)}.txt`] = strToU8(lf);
  }
  return zipSync(out);
}

/** Maps a UTF-16 offset in a CRLF text to the same place in its LF form. */
function lfOffsets(crlf: string): (offset: number) => number {
  const crBefore: number[] = [];
  for (let i = 0; i < crlf.length; i++) {
    if (crlf.charCodeAt(i) === 13 && crlf.charCodeAt(i + 1) === 10) crBefore.push(i);
  }
  return (offset) => {
    let lo = 0;
    let hi = crBefore.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((crBefore[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}
