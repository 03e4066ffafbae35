import type { Id, Project } from '../../../core/model/types';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import type { Platform } from '../platform/platform';
import type { Storage } from '../storage';
import type { WorkbenchState } from './workbench-state';

/** What opening the sample project needs of the workbench. */
export interface SampleHost {
  readonly storage: Pick<Storage, 'getSetting' | 'setSetting'>;
  readonly state: WorkbenchState;
  readonly platform: Pick<Platform, 'loadSampleCorpus' | 'loadStarterCodebook'>;
  readonly codebook: { importCodebookText(text: string, fileName: string): Promise<number> };
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
    await workbench.codebook.importCodebookText(
      await workbench.platform.loadStarterCodebook(),
      'starter-codebook.json',
    );
    await workbench.importFiles(await workbench.platform.loadSampleCorpus());
  }
  const first = workbench.state.documents
    .filter((d) => !d.deleted)
    .sort((a, b) => a.name.localeCompare(b.name))[0];
  if (first) await workbench.openDocument(first.id, { unlessOpenedSince: since });
}
