import type { Code, Id } from '../../model/types';
import type { QdeCode } from './qde-model';
import type { RecordFactory } from './record-factory';
import { toCodeColour } from './record-values';

/** The codebook as Marginalia codes, and each code GUID's record id (for codings to point to). */
export interface ImportedCodes {
  codes: Code[];
  idOfGuid: Map<string, Id>;
}

/**
 * Makes codes from a REFI-QDA code tree, depth first: parent ids from nesting, `order` from the
 * position among siblings, colours made `#rrggbb` (palette colours where missing), code notes as
 * memos. A blank name becomes "Unnamed code" (Marginalia requires one).
 */
export function codesFromQde(
  tree: readonly QdeCode[],
  projectId: Id,
  factory: RecordFactory,
): ImportedCodes {
  const codes: Code[] = [];
  const idOfGuid = new Map<string, Id>();
  const add = (list: readonly QdeCode[], parentId: Id | null) => {
    list.forEach((c, order) => {
      const id = factory.uniqueId(c.guid);
      if (!idOfGuid.has(c.guid)) idOfGuid.set(c.guid, id);
      codes.push({
        id,
        projectId,
        parentId,
        name: c.name.trim() ? c.name : 'Unnamed code',
        color: toCodeColour(c.color, codes),
        description: c.description,
        hotkey: null,
        order,
        memo: factory.memoOf('', c.noteRefs),
        ...factory.stampsOf({}),
      });
      add(c.children, id);
    });
  };
  add(tree, null);
  return { codes, idOfGuid };
}
