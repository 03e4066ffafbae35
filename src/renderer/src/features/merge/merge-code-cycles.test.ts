import { describe, expect, it } from 'vitest';
import { parentCycles } from '../../../../core/codebook/parent-cycles';
import type { Workbench } from '../../state/workbench';
import { importProjectText } from '../exchange/import-project';
import { mergeExchangeText } from './merge-exchange';
import { inThreadMerge } from './merge-runner';
import { adaWithDocument, exportOf, workbench } from './test-support/teammates';

const merge = async (w: Workbench, name: string, from: Workbench) =>
  mergeExchangeText(w, name, await exportOf(from), {
    projectId: w.state.projectId ?? '',
    interactive: false,
    runner: inThreadMerge,
  });

const idOf = (w: Workbench, name: string) => w.state.codes.find((c) => c.name === name)?.id ?? '';

/** Ada and Grace share Harm and Silence (top level); Ada moves Harm under Silence, Grace the reverse. */
async function oppositeMoves() {
  const ada = await adaWithDocument();
  await ada.codebook.createCode('Harm', null);
  await ada.codebook.createCode('Silence', null);
  const grace = await workbench('Grace');
  expect(await importProjectText(grace, 'ada.json', await exportOf(ada))).toBe(true);
  await ada.codebook.move(idOf(ada, 'Harm'), idOf(ada, 'Silence'));
  await grace.codebook.move(idOf(grace, 'Silence'), idOf(grace, 'Harm'));
  return { ada, grace };
}

describe('merging two coders’ opposite code moves', () => {
  it('keeps both moves, says so, and the merged exports still merge both ways', async () => {
    const { ada, grace } = await oppositeMoves();
    const intoAda = await merge(ada, 'grace.json', grace);
    const intoGrace = await merge(grace, 'ada.json', ada);
    expect([intoAda.status, intoGrace.status]).toEqual(['merged', 'merged']);
    expect(intoAda.codeCycles).toEqual([
      'Ada and Grace moved “Harm” and “Silence” under each other; “Harm” is shown at the top level. Move one of them to settle it.',
    ]);
    expect(parentCycles(ada.state.codes)).toHaveLength(1);
    // The merged projects' exports were refused ("Code parents form a cycle") before.
    const again = [await merge(ada, 'grace.json', grace), await merge(grace, 'ada.json', ada)];
    expect(again.map((o) => [o.status, o.problems])).toEqual([
      ['unchanged', []],
      ['unchanged', []],
    ]);
  });

  it('moving one of the codes settles it, for the teammate too after the next merge', async () => {
    const { ada, grace } = await oppositeMoves();
    await merge(ada, 'grace.json', grace);
    await merge(grace, 'ada.json', ada);
    await ada.codebook.move(idOf(ada, 'Harm'), null);
    expect(parentCycles(ada.state.codes)).toEqual([]);
    const settled = await merge(grace, 'ada.json', ada);
    expect(settled.status).toBe('merged');
    expect(settled.codeCycles).toEqual([]);
    expect(parentCycles(grace.state.codes)).toEqual([]);
    expect(grace.state.codes.find((c) => c.name === 'Silence')?.parentId).toBe(idOf(grace, 'Harm'));
  });
});
