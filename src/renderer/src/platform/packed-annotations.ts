import type { Annotation } from '../../../core/model/types';

/**
 * A teammate's file's annotations as the JSON bytes of their list, for the trip from the
 * exchange worker (which reads the file) to the merge worker (which compares them) through the
 * UI thread: one transferred buffer instead of 100,000 objects cloned in and out of the UI
 * thread (two main-thread tasks of 300-800 ms each at 100,000 annotations).
 */
export interface PackedAnnotations {
  bytes: Uint8Array;
  /** How many annotations the bytes hold (read without unpacking them). */
  count: number;
}

/** The bytes of records whose `annotations` have not been unpacked yet, by record holder. */
const pending = new WeakMap<object, PackedAnnotations>();

/** Packs a list of annotations (where the list is, e.g. in a worker). */
export function packAnnotations(list: readonly Annotation[]): PackedAnnotations {
  return { bytes: new TextEncoder().encode(JSON.stringify(list)), count: list.length };
}

/** The annotations packed by `packAnnotations`. */
export function unpackAnnotations(packed: PackedAnnotations): Annotation[] {
  return JSON.parse(new TextDecoder().decode(packed.bytes)) as Annotation[];
}

/**
 * `holder` with an `annotations` property unpacked from `packed` the first time it is read (the
 * merge preview never reads it unless it carries annotations onto changed texts), and kept as
 * a plain list from then on. Until then `packedAnnotationsOf(holder)` gives the bytes.
 */
export function withPackedAnnotations<T extends { annotations: Annotation[] }>(
  holder: Omit<T, 'annotations'>,
  packed: PackedAnnotations,
): T {
  const target = holder as T;
  pending.set(target, packed);
  const settle = (list: Annotation[]) => {
    pending.delete(target);
    Object.defineProperty(target, 'annotations', {
      value: list,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    return list;
  };
  // Enumerable, so a copy that does not know about packing (a spread, a postMessage) still
  // gets the annotations, only slower.
  Object.defineProperty(target, 'annotations', {
    get: () => settle(unpackAnnotations(packed)),
    set: (list: Annotation[]) => settle(list),
    enumerable: true,
    configurable: true,
  });
  return target;
}

/** The packed annotations of `holder` while they have not been unpacked, else undefined. */
export function packedAnnotationsOf(holder: object): PackedAnnotations | undefined {
  return pending.get(holder);
}

/** How many annotations `holder` has, without unpacking packed ones. */
export function annotationCountOf(holder: { annotations: readonly unknown[] }): number {
  return packedAnnotationsOf(holder)?.count ?? holder.annotations.length;
}

/**
 * `holder` without its `annotations` and those annotations packed (reusing packed bytes it has
 * not unpacked): what a thread posts so the list crosses as one buffer. Transfer `bytes.buffer`.
 */
export function splitAnnotations<T extends { annotations: Annotation[] }>(
  holder: T,
): { rest: Omit<T, 'annotations'>; packed: PackedAnnotations } {
  const known = packedAnnotationsOf(holder);
  // Copied key by key, so packed annotations are never read (unpacked) on the way.
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(holder))
    if (key !== 'annotations') rest[key] = (holder as Record<string, unknown>)[key];
  const packed = known
    ? { bytes: known.bytes.slice(), count: known.count }
    : packAnnotations(holder.annotations);
  return { rest: rest as Omit<T, 'annotations'>, packed };
}
