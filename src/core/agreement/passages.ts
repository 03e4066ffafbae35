import type { Annotation, Id } from '../model/types';

/** How coders' versions of a passage differ, in the words the comparison view uses. */
export type DisagreementKind = 'coded-by-some' | 'different-codes' | 'different-boundaries';

/** One coder's version of a passage: their annotations there, codes narrowed to the chosen ones. */
export type Version = Annotation[];

/**
 * A stretch of a document where the chosen coders' annotations overlap one another (a connected
 * run of overlapping annotations). `versions` has one entry per chosen coder, in their order.
 * The coders agree on it when every coder has the same spans with the same codes.
 */
export interface Passage {
  start: number;
  end: number;
  versions: Version[];
  /** Null when every coder agrees. */
  disagreement: DisagreementKind | null;
}

/**
 * The passages of one document for the side-by-side comparison and adjudication: the chosen
 * coders' live annotations (codes narrowed to `codeIds` when given; an annotation left with no
 * chosen code is left out), grouped into runs that overlap, each marked agreed or with how the
 * coders differ: coded by some coders only, same spans with different codes, or different
 * boundaries. Annotations that merely touch (one ends where the next starts) are apart.
 * In text order.
 */
export function comparePassages(
  annotations: readonly Annotation[],
  coderIds: readonly Id[],
  codeIds?: ReadonlySet<Id>,
): Passage[] {
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const chosen: Annotation[] = [];
  for (const a of annotations) {
    if (a.deleted || !coderIndex.has(a.createdBy) || a.end <= a.start) continue;
    const codes = codeIds ? a.codeIds.filter((c) => codeIds.has(c)) : a.codeIds;
    if (codes.length === 0) continue;
    chosen.push(codes.length === a.codeIds.length ? a : { ...a, codeIds: codes });
  }
  chosen.sort((x, y) => x.start - y.start || x.end - y.end || cmp(x.id, y.id));
  const passages: Passage[] = [];
  let current: { start: number; end: number; members: Annotation[] } | null = null;
  const close = () => {
    if (current) passages.push(passageOf(current, coderIds, coderIndex));
  };
  for (const a of chosen) {
    if (current && a.start < current.end) {
      current.members.push(a);
      current.end = Math.max(current.end, a.end);
    } else {
      close();
      current = { start: a.start, end: a.end, members: [a] };
    }
  }
  close();
  return passages;
}

function passageOf(
  run: { start: number; end: number; members: Annotation[] },
  coderIds: readonly Id[],
  coderIndex: Map<Id, number>,
): Passage {
  const versions: Version[] = coderIds.map(() => []);
  for (const a of run.members) (versions[coderIndex.get(a.createdBy) as number] as Version).push(a);
  return { start: run.start, end: run.end, versions, disagreement: kindOf(versions) };
}

/** A coder's version as comparable text: each span with the union of its codes, sorted. */
export function versionKey(version: Version, withCodes = true): string {
  const bySpan = new Map<string, Set<Id>>();
  for (const a of version) {
    const key = `${a.start}-${a.end}`;
    const codes = bySpan.get(key) ?? new Set<Id>();
    for (const c of a.codeIds) codes.add(c);
    bySpan.set(key, codes);
  }
  return [...bySpan.entries()]
    .map(([span, codes]) => (withCodes ? `${span}:${[...codes].sort().join(',')}` : span))
    .sort()
    .join(';');
}

function kindOf(versions: Version[]): DisagreementKind | null {
  if (versions.some((v) => v.length === 0)) return 'coded-by-some';
  const keys = versions.map((v) => versionKey(v));
  if (keys.every((k) => k === keys[0])) return null;
  const spans = versions.map((v) => versionKey(v, false));
  return spans.every((s) => s === spans[0]) ? 'different-codes' : 'different-boundaries';
}

/** How a passage's coders differ, in a few words ("Coded by Ann only", "Different codes"). */
export function describeDisagreement(passage: Passage, coderNames: readonly string[]): string {
  switch (passage.disagreement) {
    case null:
      return 'Agreed';
    case 'different-codes':
      return 'Same spans, different codes';
    case 'different-boundaries':
      return 'Different boundaries';
    case 'coded-by-some': {
      const by = coderNames.filter((_, i) => (passage.versions[i]?.length ?? 0) > 0);
      return `Coded by ${listWords(by)} only`;
    }
  }
}

function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'nobody';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
