import type { Id } from '../../../../core/model/types';
import type { Workbench } from '../../state/workbench';

/**
 * Applies a code chosen in the codebook: to the text selected in the document, or, with no
 * selection, toggles it on the selected annotation. Returns false when there is nothing to apply
 * it to.
 */
export function applyCodeFromCodebook(workbench: Workbench, codeId: Id): boolean {
  const { selectionSpan, selectedAnnotationId } = workbench.state;
  if (selectionSpan) window.getSelection()?.removeAllRanges();
  const work = selectionSpan
    ? workbench.coding.applyCode(selectionSpan, codeId)
    : selectedAnnotationId
      ? workbench.coding.toggleCode(selectedAnnotationId, codeId)
      : null;
  if (work) void work.catch((e: unknown) => workbench.fail('Could not apply the code', e));
  return work !== null;
}
