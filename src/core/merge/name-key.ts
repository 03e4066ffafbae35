import type { Code, Id } from '../model/types';

/**
 * How code names are compared when two codebooks are matched: Unicode-normalized, case folded,
 * runs of whitespace as one space, ends trimmed ("  Human  rights" matches "human rights").
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * The path of names from the top of the codebook down to each code, as `nameKey`s joined by
 * " / " ("harm / victims"): codes with the same name under different parents stay apart. A
 * parent cycle or a missing parent ends the path where it breaks.
 */
export function codePaths(codes: readonly Code[]): Map<Id, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<Id, string>();
  for (const code of codes) {
    const names: string[] = [];
    const seen = new Set<Id>();
    for (let c: Code | undefined = code; c && !seen.has(c.id); c = byId.get(c.parentId ?? '')) {
      seen.add(c.id);
      names.unshift(nameKey(c.name));
    }
    paths.set(code.id, names.join(' / '));
  }
  return paths;
}
