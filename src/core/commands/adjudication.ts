import type { Passage } from '../agreement/passages';
import { quoteContext } from '../anchoring/quote-context';
import { buildChangeSet } from '../changes/build-change-set';
import type { ChangeSet, EditContext } from '../changes/change-set';
import { created } from '../model/stamp';
import type { Annotation, Id } from '../model/types';

/**
 * A reviewer's decision on one passage:
 * - `versions`: copy these coders' versions (indexes into `passage.versions`; several mean
 *   "both", identical spans joined); none (`[]`) records "accept neither";
 * - `merged`: one annotation over the union of every coder's spans, with all their codes;
 * - `span`: new boundaries the reviewer drew, with the codes they chose.
 */
export type Verdict =
  | { passage: Passage; kind: 'versions'; accept: readonly number[] }
  | { passage: Passage; kind: 'merged' }
  | { passage: Passage; kind: 'span'; start: number; end: number; codeIds: readonly Id[] };

/** What every consensus record of one adjudication shares: who, when, new ids, the text. */
export interface ConsensusMaker {
  consensusCoderId: Id;
  now: string;
  newId: () => Id;
  /** The document's canonical text, for the quote and context of spans no coder made. */
  text: string;
}

/**
 * The consensus annotations a verdict makes, each with `derivedFrom` naming the coders'
 * annotations it came from, made by the consensus coder now:
 * - accepted versions are copied (same span, quote, context, codes and memo); when two accepted
 *   versions have the same span, one annotation carries the union of their codes and their
 *   distinct memos (one paragraph each), so "accept both" never doubles a segment;
 * - "accept neither" makes one annotation over the passage with no code, derived from every
 *   version: the decision is ordinary data (it survives reload, export and merge, and Undo
 *   takes it back) and is never mistaken for a coded segment (see model/provenance.ts);
 * - a merged span covers the passage (its annotations overlap in one run, so their union is
 *   the passage) with every code and memo of every version;
 * - new boundaries make one annotation over the reviewer's span with the chosen codes.
 */
export function consensusCopies(verdict: Verdict, maker: ConsensusMaker): Annotation[] {
  const all = verdict.passage.versions.flat();
  switch (verdict.kind) {
    case 'versions':
      if (verdict.accept.length === 0)
        return [made(maker, all, verdict.passage.start, verdict.passage.end, [], '')];
      return joinedBySpan(
        verdict.accept.flatMap((i) => verdict.passage.versions[i] ?? []),
        maker,
      );
    case 'merged': {
      const codes = [...new Set(all.flatMap((a) => a.codeIds))];
      const span = verdict.passage;
      return [made(maker, all, span.start, span.end, codes, joinMemos(all))];
    }
    case 'span': {
      if (!(verdict.start < verdict.end) || verdict.start < 0 || verdict.end > maker.text.length)
        throw new Error(`Cannot accept the span ${verdict.start}-${verdict.end}: not in the text`);
      if (verdict.codeIds.length === 0) throw new Error('Choose a code for the new span.');
      const codes = [...new Set(verdict.codeIds)];
      return [made(maker, all, verdict.start, verdict.end, codes, '')];
    }
  }
}

/** One consensus annotation per distinct span of `sources`, codes and memos joined. */
function joinedBySpan(sources: readonly Annotation[], maker: ConsensusMaker): Annotation[] {
  const bySpan = new Map<string, Annotation[]>();
  for (const source of sources) {
    const key = `${source.start}-${source.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), source]);
  }
  return [...bySpan.values()].map((same) => {
    const first = same[0] as Annotation;
    const codes = [...new Set(same.flatMap((a) => a.codeIds))];
    return {
      ...made(maker, same, first.start, first.end, codes, joinMemos(same)),
      quote: first.quote,
      prefix: first.prefix,
      suffix: first.suffix,
    };
  });
}

function made(
  maker: ConsensusMaker,
  sources: readonly Annotation[],
  start: number,
  end: number,
  codeIds: Id[],
  memo: string,
): Annotation {
  const first = sources[0];
  if (!first) throw new Error('A consensus annotation needs a version to come from.');
  return {
    id: maker.newId(),
    projectId: first.projectId,
    documentId: first.documentId,
    start,
    end,
    ...quoteContext(maker.text, start, end),
    codeIds,
    memo,
    derivedFrom: [...new Set(sources.map((a) => a.id))],
    ...created(maker.consensusCoderId, maker.now),
  };
}

/** The distinct memos of some annotations, one paragraph each, in their order. */
function joinMemos(sources: readonly Annotation[]): string {
  return [...new Set(sources.map((a) => a.memo).filter((m) => m !== ''))].join('\n\n');
}

/**
 * Adjudication as one change set of the reviewer's (so one Undo takes it back): the consensus
 * annotations of every verdict, added. The records are made by the consensus coder; the change
 * set names the reviewer who decided.
 */
export function adjudicate(
  args: {
    projectId: Id;
    verdicts: readonly Verdict[];
    consensusCoderId: Id;
    newId: () => Id;
    text: string;
    label: string;
  },
  ctx: EditContext,
): ChangeSet {
  const maker = { ...args, now: ctx.now };
  const made = args.verdicts.flatMap((v) => consensusCopies(v, maker));
  return buildChangeSet(
    { projectId: args.projectId, source: 'user', label: args.label },
    ctx,
    made.map((after) => ({ kind: 'annotation', before: null, after })),
  );
}
