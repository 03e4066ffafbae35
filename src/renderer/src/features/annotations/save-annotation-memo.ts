import type { Id } from '../../../../core/model/types';
import type { Workbench } from '../../state/workbench';

/**
 * Writes an annotation's memo and confirms it landed. The coding actions edit annotations of the
 * open document only and skip any other silently; a memo field flushing as it closes (another
 * document opened, the page leaving) must hear about that instead of reporting it saved, so
 * its text stays journalled and comes back when the annotation is next opened.
 */
export async function saveAnnotationMemo(
  workbench: Workbench,
  id: Id,
  memo: string,
): Promise<void> {
  await workbench.coding.setMemo(id, memo);
  const stored = workbench.coding.annotation(id);
  if (stored?.memo !== memo)
    throw new Error(
      stored
        ? 'the annotation changed meanwhile'
        : 'its annotation is not open any more; the text comes back when you open it',
    );
}
