import type { Code, Project } from '../../../core/model/types';
import type { DocumentMeta, WorkbenchState } from './workbench-state';

/**
 * Named reads of the workbench state, so components ask for what they show in the user's words
 * instead of filtering the store themselves. Each returns the same object while the slice it
 * reads is unchanged (memoised on that slice), as `useSyncExternalStore` requires.
 */
function memoOn<I, O>(pick: (s: WorkbenchState) => I, derive: (input: I) => O) {
  let last: { input: I; output: O } | null = null;
  return (state: WorkbenchState): O => {
    const input = pick(state);
    if (last && last.input === input) return last.output;
    const output = derive(input);
    last = { input, output };
    return output;
  };
}

/** The project's documents not in the trash. */
export const liveDocuments = memoOn(
  (s) => s.documents,
  (documents): DocumentMeta[] => documents.filter((d) => !d.deleted),
);

/** The project's codes not in the trash. */
export const liveCodes = memoOn(
  (s) => s.codes,
  (codes): Code[] => codes.filter((c) => !c.deleted),
);

/** Projects in the trash. */
export const deletedProjects = memoOn(
  (s) => s.projects,
  (projects): Project[] => projects.filter((p) => p.deleted),
);

/** The open project, if any. */
export function currentProject(state: WorkbenchState): Project | undefined {
  return state.projects.find((p) => p.id === state.projectId);
}
