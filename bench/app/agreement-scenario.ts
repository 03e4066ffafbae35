import type { Browser } from 'playwright';
import type { AgreementBenchShape } from '../../src/core/agreement/agreement.bench';
import type { BenchConfig } from '../config';
import { studyName, writeAgreementStudy } from '../fixtures/agreement-study';
import type { Results } from '../lib/stats';
import { timeBareAgreement, timeCoreAgreement } from '../micro/agreement';
import { arm, collect, freshPage, longTasksSince, pageNow } from './pages';
import { importProject, startEmpty } from './workbench';

/**
 * The agreement view at each study size of the config: the study imported into a fresh profile,
 * then per run the dialog opened from the toolbar and Compute clicked; timed from the click to the
 * table painted (the frame after it appears), with the longest main-thread task meanwhile (the
 * work is in a worker: the UI must not freeze) and the progress updates painted. Beside it, from
 * the same run on the same data: the core computation alone in Node and a bare pairwise
 * percent-agreement loop, as ratios.
 */
export async function runAgreementScenarios(
  browser: Browser,
  origin: string,
  config: BenchConfig,
  dir: string,
  results: Results,
  log: (line: string) => void,
): Promise<void> {
  for (const shape of config.agreementStudies) await runStudy(shape);

  async function runStudy(shape: AgreementBenchShape): Promise<void> {
    const scenario = `agreement (${studyName(shape)})`;
    log(scenario);
    const { file, snapshot } = writeAgreementStudy(dir, shape);
    const { context, page } = await freshPage(browser);
    try {
      await startEmpty(page, origin);
      await importProject(page, file);
      const ms: number[] = [];
      const longest: number[] = [];
      const progress: number[] = [];
      for (let r = 0; r < config.runs; r++) {
        await page
          .getByRole('toolbar')
          .getByRole('button', { name: 'Agreement', exact: true })
          .click();
        const dialog = page.getByRole('dialog', { name: 'Inter-coder agreement' });
        const compute = dialog.getByRole('button', { name: 'Compute' });
        await compute.waitFor();
        await page.waitForFunction(
          () =>
            !(
              document.querySelector(
                'dialog .agreement-compute button.primary',
              ) as HTMLButtonElement
            )?.disabled,
          null,
          { timeout: 180_000 },
        );
        const since = await pageNow(page);
        await arm(page, 'click', 'agreementTable', null, 600_000);
        await compute.click();
        const waited = await collect(page);
        ms.push(waited.ms);
        progress.push(waited.progressUpdates);
        longest.push((await longTasksSince(page, since)).longest);
        await dialog.getByRole('button', { name: 'Close' }).last().click();
        await dialog.waitFor({ state: 'hidden' });
      }
      const app = results.add(scenario, 'click Compute → table painted (workbench)', 'ms', ms);
      results.add(scenario, 'longest main-thread task meanwhile', 'ms', longest);
      results.add(scenario, 'progress updates painted', 'count', progress);
      const core = results.add(
        scenario,
        'core agreementTable alone, Node (baseline)',
        'ms',
        timeCoreAgreement(snapshot, config.runs),
      );
      results.ratio(scenario, 'workbench ÷ core alone', app, core);
      const bare = results.add(
        scenario,
        'bare pairwise percent-agreement loop, Node (baseline)',
        'ms',
        timeBareAgreement(snapshot, config.runs),
      );
      results.ratio(scenario, 'workbench ÷ bare loop', app, bare);
    } finally {
      await context.close();
    }
  }
}
