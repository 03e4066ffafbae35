import { loadSampleCorpus, loadStarterCodebook } from '../platform/sample-corpus';
import type { Workbench } from './workbench';

/** Setting that remembers which project holds the sample corpus. */
const SAMPLE_PROJECT = 'sampleProjectId';

/** The sample project's name as the project switcher shows it. */
export const SAMPLE_PROJECT_NAME = 'Sample: UN counter-terrorism resolutions';

/**
 * Opens the sample project: the four UN resolutions and the starter codebook. Made on first use
 * (one click on first run, or from the menu), and switched to afterwards.
 */
export async function openSampleProject(workbench: Workbench): Promise<void> {
  const known = (await workbench.storage.getSetting(SAMPLE_PROJECT)) as string | undefined;
  const existing = workbench.state.projects.find((p) => p.id === known && !p.deleted);
  if (existing) {
    await workbench.switchProject(existing.id);
  } else {
    const project = await workbench.createProject(SAMPLE_PROJECT_NAME);
    await workbench.storage.setSetting(SAMPLE_PROJECT, project.id);
    await workbench.codebook.importCodebookText(
      await loadStarterCodebook(),
      'starter-codebook.json',
    );
    await workbench.importFiles(await loadSampleCorpus());
  }
  const first = workbench.state.documents
    .filter((d) => !d.deleted)
    .sort((a, b) => a.name.localeCompare(b.name))[0];
  if (first) await workbench.openDocument(first.id);
}
