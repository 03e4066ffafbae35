/**
 * Finds a source's text in the archive by its `plainTextPath`: `internal://x.txt` or plain
 * `x.txt`, in `sources/`, `Sources/` or at the top, compared without regard to case (GUID file
 * names come in either case), or, failing those, anywhere in the archive by file name.
 */
export function sourceLookup(files: Map<string, Uint8Array>): (path: string) => Uint8Array | null {
  const byLowerName = new Map<string, Uint8Array>();
  for (const [name, data] of files) byLowerName.set(name.toLowerCase(), data);
  return (path) => {
    const relative = path
      .replace(/^internal:\/\//i, '')
      .replace(/\\/g, '/')
      .replace(/^\/+/, '')
      .toLowerCase();
    const base = relative.split('/').pop() ?? relative;
    for (const candidate of [relative, `sources/${relative}`, base, `sources/${base}`]) {
      const hit = byLowerName.get(candidate);
      if (hit) return hit;
    }
    // An archive whose project sits in a folder of its own (`My project/sources/x.txt`).
    for (const [name, data] of byLowerName) if (name.endsWith(`/${base}`)) return data;
    return null;
  };
}
