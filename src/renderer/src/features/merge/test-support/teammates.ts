// Builders shared by the merge tests (never imported by production code).
import { sha256Hex } from '../../../../../core/text/hash';
import { testPlatform } from '../../../platform/test-platform';
import { freshStorage, makeParsed } from '../../../storage/test-fixtures';
import { Workbench } from '../../../state/workbench';
import { buildExport } from '../../exchange/export-project';

const platform = testPlatform();

/** The text of the shared document `a.md`. */
export const TEXT = 'Victims of terrorism need support. Financing of terrorism must stop.';

/** A workbench over fresh storage, started, with `coder` as its coder's name. */
export async function workbench(coder: string): Promise<Workbench> {
  const w = new Workbench(freshStorage(), platform);
  await w.init();
  await w.setCoderName(coder);
  return w;
}

/** Ada's workbench with project Study holding `a.md` (TEXT, with its content hash), not opened. */
export async function adaWithDocument(): Promise<Workbench> {
  const ada = await workbench('Ada');
  await ada.createProject('Study');
  const parsed = { ...makeParsed('a.md', TEXT), contentHash: await sha256Hex(TEXT) };
  await ada.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
  return ada;
}

/** The exchange file `w` exports, texts included. */
export const exportOf = async (w: Workbench): Promise<string> =>
  (await buildExport(w, { includeTexts: true })).content;
