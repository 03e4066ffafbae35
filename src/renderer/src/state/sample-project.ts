import type { EditContext } from '../../../core/changes/change-set';
import { parseCodebookFile } from '../../../core/codebook/codebook-file';
import { starterCodesChangeSet } from '../../../core/codebook/starter-codes';
import type { Id, Project } from '../../../core/model/types';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import type { Platform } from '../platform/platform';
import type { Storage } from '../storage';
import type { ChangeLayer } from './change-layer';
import type { WorkbenchState } from './workbench-state';

/** What opening the sample project needs of the workbench. */
export interface SampleHost {
  readonly storage: Pick<Storage, 'getSetting' | 'setSetting'>;
  readonly state: WorkbenchState;
  readonly platform: Pick<Platform, 'loadSampleCorpus' | 'loadStarterCodebook'>;
  readonly changes: Pick<ChangeLayer, 'change'>;
  context(): EditContext;
  switchProject(projectId: Id): Promise<void>;
  createProject(name: string): Promise<Project>;
  importFiles(files: InputFile[]): Promise<void>;
  openDocument(documentId: Id, options?: { unlessOpenedSince?: number }): Promise<void>;
  openRequests(): number;
}

/** Setting that remembers which project holds the sample corpus. */
const SAMPLE_PROJECT = 'sampleProjectId';

/** The sample project's name as the project switcher shows it. */
export const SAMPLE_PROJECT_NAME = 'Sample: UN counter-terrorism resolutions';

/**
 * Opens the sample project: the four UN resolutions and the starter codebook, read through the
 * platform. Made on first use (one click on first run, or from the menu), switched to afterwards.
 */
export async function openSampleProject(workbench: SampleHost): Promise<void> {
  // Opening its first document gives way to a document the coder opens meanwhile.
  const since = workbench.openRequests();
  const known = (await workbench.storage.getSetting(SAMPLE_PROJECT)) as string | undefined;
  const existing = workbench.state.projects.find((p) => p.id === known && !p.deleted);
  if (existing) {
    await workbench.switchProject(existing.id);
  } else {
    const project = await workbench.createProject(SAMPLE_PROJECT_NAME);
    await workbench.storage.setSetting(SAMPLE_PROJECT, project.id);
    // As shipped (same versions in every profile), so sample-corpus teammates merge cleanly.
    const starter = parseCodebookFile(
      'starter-codebook.json',
      await workbench.platform.loadStarterCodebook(),
    );
    if (!starter.ok) throw new Error('The shipped starter codebook could not be read.');
    await workbench.changes.change(() => ({
      set: starterCodesChangeSet(starter.codes, project.id, workbench.context()),
      value: undefined,
    }));
    await workbench.importFiles(await workbench.platform.loadSampleCorpus());
  }
  const first = workbench.state.documents
    .filter((d) => !d.deleted)
    .sort((a, b) => a.name.localeCompare(b.name))[0];
  if (first) await workbench.openDocument(first.id, { unlessOpenedSince: since });
}
