import { describe, expect, it } from 'vitest';
import { teamSnapshot } from '../../core/agreement/test-support/snapshot';
import { exportProject } from '../../core/exchange';
import { memoryIo } from '../test-support/memory-io';
import { agreementCommand } from './agreement';

const snapshot = teamSnapshot(
  { d1: 'x'.repeat(100) },
  ['harm', 'hope'],
  ['ann', 'bob', 'cy'],
  [
    { coder: 'ann', document: 'd1', start: 0, end: 30, codes: ['harm'] },
    { coder: 'bob', document: 'd1', start: 10, end: 40, codes: ['harm'] },
    { coder: 'bob', document: 'd1', start: 50, end: 100, codes: ['hope'] },
    { coder: 'cy', document: 'd1', start: 50, end: 96, codes: ['hope'] },
  ],
);
const file = exportProject(
  { ...snapshot, exportedBy: { coderId: 'ann', name: 'ann' } },
  { includeTexts: true },
  '2026-11-30T00:00:00.000Z',
);

async function run(args: string[]) {
  const io = memoryIo({ 'team.json': file });
  const code = await agreementCommand.run(args, io);
  return { code, out: io.out, err: io.err };
}

describe('marginalia agreement FILE --measure nvivo|maxqda', () => {
  it('NVivo: characters per code and document', async () => {
    const { code, out } = await run(['team.json', '--measure', 'nvivo', '--coders', 'ann,bob']);
    expect(code).toBe(0);
    // harm: both 20, neither 60 → 80 %; kappa (.8 − (.3·.3 + .7·.7))/(1 − .58).
    expect(out).toMatch(
      new RegExp(
        `harm\\td1.txt\\t80.00\\t20.00\\t60.00\\t10.00\\t10.00\\t${((0.8 - 0.58) / 0.42).toFixed(4)}`,
      ),
    );
  });

  it('MAXQDA: 46/50 = 92 % overlap matches at the default 90 %, not at 95 %', async () => {
    const at90 = await run(['team.json', '--measure', 'maxqda', '--coders', 'bob,cy', '--json']);
    expect(JSON.parse(at90.out).codes).toEqual([
      { codeId: 'harm', agreements: 0, disagreements: 1, percent: 0 },
      { codeId: 'hope', agreements: 2, disagreements: 0, percent: 100 },
    ]);
    const at95 = await run([
      'team.json',
      '--measure',
      'maxqda',
      '--coders',
      'bob,cy',
      '--threshold',
      '95',
    ]);
    expect(at95.out).toMatch(/hope\t0\t2\t0\.00/);
    expect(at95.out).toMatch(/kappa \(Brennan & Prediger, chance 1\/2\)/);
  });

  it('needs exactly two coders, alone, on a FILE', async () => {
    expect((await run(['team.json', '--measure', 'nvivo'])).err).toMatch(/compares two coders/);
    expect((await run(['team.json', '--measure', 'nvivo,alpha'])).code).toBe(2);
    expect((await run(['team.json', '--measure', 'maxqda', '--threshold', '0'])).code).toBe(2);
  });
});
