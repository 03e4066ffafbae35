// A workbench fixture shared by the state and feature tests (never imported by production code).
import type { Code, Id } from '../../../../core/model/types';
import type { Platform } from '../../platform/platform';
import { testPlatform } from '../../platform/test-platform';
import type { Storage } from '../../storage/storage';
import { freshStorage, makeParsed } from '../../storage/test-fixtures';
import { Workbench } from '../workbench';

/** What `openedDocument` sets up. */
export interface OpenedDocument {
  /** The fresh storage the workbench runs over (open a second workbench on it to reload). */
  storage: Storage;
  workbench: Workbench;
  /** The one document, open in the workbench. */
  documentId: Id;
  /** The code "Victims", just created (nothing coded with it yet). */
  code: Code;
}

/**
 * A workbench over fresh storage with coder Ada, project Study, one imported document `a.md`
 * holding `text`, open, and one code "Victims" in the codebook. Pass `platform` to share one
 * with other workbenches of the test.
 */
export async function openedDocument(
  text = 'Victims of terrorism need support.',
  platform: Platform = testPlatform(),
): Promise<OpenedDocument> {
  const storage = freshStorage();
  const workbench = new Workbench(storage, platform);
  await workbench.init();
  await workbench.setCoderName('Ada');
  await workbench.createProject('Study');
  await workbench.importBatch({
    documents: [makeParsed('a.md', text)],
    errors: [],
    duplicates: [],
    warnings: [],
  });
  const documentId = workbench.state.documents[0]?.id ?? '';
  await workbench.openDocument(documentId);
  const code = await workbench.codebook.createCode('Victims', null);
  return { storage, workbench, documentId, code };
}
