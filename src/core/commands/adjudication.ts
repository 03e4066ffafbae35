import type { Passage } from '../agreement/passages';
import { buildChangeSet } from '../changes/build-change-set';
import type { ChangeSet, EditContext } from '../changes/change-set';
import { created } from '../model/stamp';
import type { Annotation, Id } from '../model/types';

/** A reviewer's decision on one passage: which coders' versions go into the consensus (none: []). */
export interface Verdict {
  passage: Passage;
  /** Indexes into `passage.versions`; several mean "both" (identical spans are joined). */
  accept: readonly number[];
}

/**
 * The consensus annotations a verdict makes: copies of the accepted coders' annotations, with new
 * ids, the same span, quote and context, their codes and memo, made by the consensus coder now.
 * When two accepted versions have the same span, one annotation carries the union of their codes
 * and their distinct memos (one paragraph each), so "accept both" never doubles a segment.
 */
export function consensusCopies(
  verdict: Verdict,
  consensusCoderId: Id,
  now: string,
  newId: () => Id,
): Annotation[] {
  const bySpan = new Map<string, Annotation>();
  for (const index of verdict.accept) {
    for (const source of verdict.passage.versions[index] ?? []) {
      const key = `${source.start}-${source.end}`;
      const made = bySpan.get(key);
      if (made) {
        for (const c of source.codeIds) if (!made.codeIds.includes(c)) made.codeIds.push(c);
        const memos = made.memo.split('\n\n');
        if (source.memo && !memos.includes(source.memo))
          made.memo = made.memo ? `${made.memo}\n\n${source.memo}` : source.memo;
        continue;
      }
      bySpan.set(key, {
        id: newId(),
        projectId: source.projectId,
        documentId: source.documentId,
        start: source.start,
        end: source.end,
        quote: source.quote,
        prefix: source.prefix,
        suffix: source.suffix,
        codeIds: [...source.codeIds],
        memo: source.memo,
        ...created(consensusCoderId, now),
      });
    }
  }
  return [...bySpan.values()];
}

/**
 * Adjudication as one change set of the reviewer's (so one Undo takes it back): the consensus
 * annotations of every verdict, added. An empty change set when every verdict accepts nothing.
 * The records are made by the consensus coder; the change set names the reviewer who decided.
 */
export function adjudicate(
  args: {
    projectId: Id;
    verdicts: readonly Verdict[];
    consensusCoderId: Id;
    newId: () => Id;
    label: string;
  },
  ctx: EditContext,
): ChangeSet {
  const made = args.verdicts.flatMap((v) =>
    consensusCopies(v, args.consensusCoderId, ctx.now, args.newId),
  );
  return buildChangeSet(
    { projectId: args.projectId, source: 'user', label: args.label },
    ctx,
    made.map((after) => ({ kind: 'annotation', before: null, after })),
  );
}
