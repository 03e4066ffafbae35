import type { Workbench } from '../../../state/workbench';
import { mergePromptsOf, type PendingMerge } from '../merge-prompts';

/** Waits for the next merge question shown to the user (the preview a test then answers). */
export function nextQuestion(w: Workbench): Promise<PendingMerge> {
  const prompts = mergePromptsOf(w);
  return new Promise((resolve) => {
    const stop = prompts.subscribe(() => {
      const pending = prompts.current();
      if (pending) {
        stop();
        resolve(pending);
      }
    });
  });
}
