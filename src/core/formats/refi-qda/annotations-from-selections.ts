import { quoteContext } from '../../anchoring/quote-context';
import type { Span } from '../../anchoring/span';
import type { Annotation, Id } from '../../model/types';
import type { QdeSelection } from './qde-model';
import type { RecordFactory } from './record-factory';
import { joinMemos } from './record-values';

/** Selections that did not become annotations, by reason, for the report. */
export interface SelectionTally {
  outside: number;
  empty: number;
  missingCodes: number;
}

/** Where the selections of one document go, and what they point to. */
export interface SelectionTarget {
  projectId: Id;
  documentId: Id;
  /** The document's canonical text. */
  text: string;
  /** Each selection's placed span (null: outside the text), in the order of `selections`. */
  spans: readonly (Span | null)[];
  codeIdOfGuid: ReadonlyMap<string, Id>;
}

/**
 * Turns one document's placed selections into annotations: one per span and coder, holding every
 * code that coder applied there (a coding's own `creatingUser` wins over its selection's), so
 * NVivo's one-selection-per-code on the same span becomes one annotation with several codes.
 * A selection without codings (or whose codes do not exist) stays, as an uncoded annotation by
 * its creator. The first
 * selection's GUID is the annotation's id; another coder's share takes its coding's GUID.
 */
export function annotationsFromSelections(
  selections: readonly QdeSelection[],
  target: SelectionTarget,
  factory: RecordFactory,
  tally: SelectionTally,
): Annotation[] {
  const bySpan = new Map<string, Annotation>();
  const annotations: Annotation[] = [];
  selections.forEach((sel, k) => {
    const span = target.spans[k];
    if (!span) return void tally.outside++;
    if (span.end <= span.start) return void tally.empty++;
    const memo = factory.memoOf(sel.description, sel.noteRefs);
    const selectionCoder = factory.coderOf(sel.creatingUser);
    const groups = new Map<Id, { id: string; codeIds: Id[] }>();
    for (const coding of sel.codings) {
      const codeId = target.codeIdOfGuid.get(coding.codeGuid);
      if (!codeId) {
        tally.missingCodes++;
        continue;
      }
      const coder = coding.creatingUser ? factory.coderOf(coding.creatingUser) : selectionCoder;
      const group = groups.get(coder) ?? {
        id: groups.size === 0 ? sel.guid : coding.guid,
        codeIds: [],
      };
      groups.set(coder, group);
      if (!group.codeIds.includes(codeId)) group.codeIds.push(codeId);
    }
    // A selection with no (usable) coding stays, uncoded, so its span and memo are not lost.
    if (groups.size === 0) groups.set(selectionCoder, { id: sel.guid, codeIds: [] });
    for (const [coder, group] of groups) {
      const key = `${span.start}:${span.end}:${coder}`;
      const existing = bySpan.get(key);
      if (existing) {
        for (const id of group.codeIds)
          if (!existing.codeIds.includes(id)) existing.codeIds.push(id);
        existing.memo = joinMemos([existing.memo, memo]);
        continue;
      }
      const stamps = factory.stampsOf(sel);
      const annotation: Annotation = {
        id: factory.uniqueId(group.id),
        projectId: target.projectId,
        documentId: target.documentId,
        start: span.start,
        end: span.end,
        ...quoteContext(target.text, span.start, span.end),
        codeIds: group.codeIds,
        memo,
        ...stamps,
        createdBy: coder,
        updatedBy: stamps.updatedBy === stamps.createdBy ? coder : stamps.updatedBy,
      };
      bySpan.set(key, annotation);
      annotations.push(annotation);
    }
  });
  return annotations;
}
