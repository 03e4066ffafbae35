// Two copies of one interview with different texts, for the carry tests (never imported by
// production code).
import { sha256Hex } from '../../../../../core/text/hash';
import { testPlatform } from '../../../platform/test-platform';
import { freshStorage, makeParsed } from '../../../storage/test-fixtures';
import { Workbench } from '../../../state/workbench';

/** Grace's copy of the interview. */
export const MINE =
  'Intro by Grace. Victims of terrorism need support. Financing of terrorism must stop.';
/** Ada's version of it: no intro, and a closing sentence Grace's copy does not have. */
export const THEIRS =
  'Victims of terrorism need support. Financing of terrorism must stop. Prevention starts in schools, Ada adds.';

/** A started workbench of `coder` with project Study holding `interview.md` (`text`), open. */
export async function workbenchWith(coder: string, text: string) {
  const w = new Workbench(freshStorage(), testPlatform());
  await w.init();
  await w.setCoderName(coder);
  await w.createProject('Study');
  const parsed = { ...makeParsed('interview.md', text), contentHash: await sha256Hex(text) };
  await w.importBatch({ documents: [parsed], errors: [], duplicates: [], warnings: [] });
  await w.openDocument(w.state.documents[0]?.id ?? '');
  return w;
}

/** Ada codes "Victims", "Financing" and "Prevention starts in schools" on her version. */
export async function adasFile() {
  const ada = await workbenchWith('Ada', THEIRS);
  const code = await ada.codebook.createCode('Harm', null);
  for (const quote of ['Victims', 'Financing', 'Prevention starts in schools']) {
    const start = THEIRS.indexOf(quote);
    await ada.coding.applyCode({ start, end: start + quote.length }, code.id);
  }
  const snapshot = await ada.storage.readSnapshot(ada.state.projectId ?? '');
  if (!snapshot) throw new Error('no snapshot');
  return snapshot;
}
