import { describe, expect, it } from 'vitest';
import { teamSnapshot } from '../../core/agreement/test-support/snapshot';
import { KRIPPENDORFF_2011 } from '../../core/agreement/test-support/published-data';
import { exportProject } from '../../core/exchange';
import { memoryIo } from '../test-support/memory-io';
import { agreementCommand } from './agreement';

const k2011 = JSON.stringify({ observers_by_units: KRIPPENDORFF_2011 });
const spans2004 = JSON.stringify({
  continuum: [150, 450],
  observers: [
    [
      [225, 295, 'c'],
      [370, 400, 'c'],
      [180, 240, 'k'],
      [300, 350, 'k'],
    ],
    [
      [220, 300, 'c'],
      [355, 375, 'c'],
      [400, 420, 'c'],
      [180, 240, 'k'],
      [300, 350, 'k'],
    ],
  ],
});

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await agreementCommand.run(args, io);
  return { code, out: io.out, err: io.err };
}

describe('marginalia agreement --data', () => {
  it('reproduces Krippendorff (2011): ordinal alpha .815 in plain text', async () => {
    const { code, out } = await run(
      ['--data', 'k.json', '--measure', 'alpha', '--level', 'ordinal'],
      { 'k.json': k2011 },
    );
    expect(code).toBe(0);
    expect(out).toMatch(/Krippendorff's alpha \(ordinal\): 0\.815/);
    expect(out).toMatch(/observed disagreement Do/);
  });

  it('--json prints one object with value, Do, De, units and the coincidence matrix', async () => {
    const { code, out } = await run(['--data', 'k.json', '--measure', 'alpha', '--json'], {
      'k.json': k2011,
    });
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.measure).toBe('alpha');
    expect(result.value).toBeCloseTo(0.743, 3);
    expect(result.observed).toBeCloseTo(0.2, 12);
    expect(result.units).toBe(11);
    expect(result.coincidences).toHaveLength(5);
  });

  it('kappa family: po and pe', async () => {
    const data = JSON.stringify({
      observers_by_units: [
        ['a', 'b', 'a', 'a'],
        ['a', 'b', 'b', 'a'],
      ],
    });
    const result = JSON.parse(
      (await run(['--data', 'd.json', '--measure', 'cohen-kappa', '--json'], { 'd.json': data }))
        .out,
    );
    expect(result.observed).toBeCloseTo(0.75, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
  });

  it('spans: αU of Krippendorff (2004, p. 254) with per-value figures', async () => {
    const { code, out } = await run(['--data', 's.json', '--measure', 'alpha-u', '--json'], {
      's.json': spans2004,
    });
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.value).toBeCloseTo(0.8591, 3);
    expect(result.values.c.value).toBeCloseTo(0.7286, 4);
  });

  it('an undefined value is null with a reason, exit 0', async () => {
    const data = JSON.stringify({
      observers_by_units: [
        [1, null],
        [null, 1],
      ],
    });
    const { code, out } = await run(['--data', 'd.json', '--measure', 'alpha', '--json'], {
      'd.json': data,
    });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      value: null,
      reason: expect.stringMatching(/pairable/),
    });
  });

  it('bad JSON, bad shapes and wrong kinds of data: exit 1, naming the file and the place', async () => {
    const broken = await run(['--data', 'b.json', '--measure', 'alpha'], {
      'b.json': '{"observers_by_units": [[1,',
    });
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/b\.json: Not valid JSON at line 1/);
    const wrong = await run(['--data', 'w.json', '--measure', 'u-alpha'], {
      'w.json': JSON.stringify({ continuum: [0, 10], observers: [[[0, 'x', 'a']]] }),
    });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/w\.json: observers\[0\]\[0\]\[1\]/);
    const kind = await run(['--data', 'k.json', '--measure', 'u-alpha'], { 'k.json': k2011 });
    expect(kind.code).toBe(1);
    expect(kind.err).toMatch(/k\.json: u-alpha is computed on spans/);
    const overlap = await run(['--data', 'o.json', '--measure', 'u-alpha'], {
      'o.json': JSON.stringify({
        continuum: [0, 10],
        observers: [
          [
            [0, 5, 'a'],
            [3, 6, 'b'],
          ],
          [],
        ],
      }),
    });
    expect(overlap.code).toBe(1);
    expect(overlap.err).toMatch(/o\.json: Coder 1: spans \[0, 5\] and \[3, 6\] overlap/);
    const text = await run(['--data', 'k.json', '--measure', 'alpha', '--level', 'interval'], {
      'k.json': JSON.stringify({
        observers_by_units: [
          ['a', 'b'],
          ['a', 'a'],
        ],
      }),
    });
    expect(text.code).toBe(1);
    const missing = await run(['--data', 'nope.json', '--measure', 'alpha']);
    expect(missing.code).toBe(1);
  });

  it('usage errors: exit 2', async () => {
    expect((await run(['--data', 'k.json', '--measure', 'kappa'], { 'k.json': k2011 })).code).toBe(
      2,
    );
    expect((await run(['--data', 'k.json'], { 'k.json': k2011 })).code).toBe(2);
    expect(
      (
        await run(['--data', 'k.json', '--measure', 'alpha', '--level', 'loud'], {
          'k.json': k2011,
        })
      ).code,
    ).toBe(2);
    expect(
      (
        await run(['--data', 'k.json', '--measure', 'brennan-prediger', '--categories', '2.5'], {
          'k.json': k2011,
        })
      ).code,
    ).toBe(2);
    expect((await run(['--bogus'])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });

  it('--help prints the usage', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/observers_by_units/);
  });
});

describe('marginalia agreement FILE', () => {
  const text = 'One two three. Four five six.\n\nSeven eight.';
  const snapshot = teamSnapshot(
    { d1: text },
    ['harm', 'hope'],
    ['ann', 'bob'],
    [
      { coder: 'ann', document: 'd1', start: 0, end: 13, codes: ['harm'] },
      { coder: 'bob', document: 'd1', start: 0, end: 13, codes: ['harm'] },
      { coder: 'bob', document: 'd1', start: 15, end: 19, codes: ['hope'] },
    ],
  );
  const file = exportProject(
    { ...snapshot, exportedBy: { coderId: 'ann', name: 'ann' } },
    { includeTexts: true },
    '2026-11-30T00:00:00.000Z',
  );

  it('prints a table per code', async () => {
    const { code, out, err } = await run(
      ['team.json', '--unit', 'word', '--measure', 'alpha,cohen-kappa'],
      { 'team.json': file },
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/unit word; coders ann, bob/);
    expect(out).toMatch(/harm\s+2\s+1\.0000\s+1\.0000/);
  });

  it('--json: one object per code with every result', async () => {
    const { out } = await run(
      ['team.json', '--coders', 'ann,bob', '--unit', 'sentence', '--json'],
      { 'team.json': file },
    );
    const result = JSON.parse(out);
    expect(result.unit).toBe('sentence');
    expect(result.codes.map((c: { name: string }) => c.name)).toEqual(['harm', 'hope']);
    expect(result.codes[0].results.map((r: { measure: string }) => r.measure)).toEqual([
      'alpha',
      'u-alpha',
    ]);
  });

  it('unknown coders and files that are not exchange files: exit 1', async () => {
    expect((await run(['team.json', '--coders', 'ann,zed'], { 'team.json': file })).err).toMatch(
      /no coder with the id or name "zed"/,
    );
    const bad = await run(['bad.json'], { 'bad.json': '{"format": "something-else"}' });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.json: format/);
  });

  it('--per-document: one table per document', async () => {
    const { code, out } = await run(['team.json', '--unit', 'word', '--per-document', '--json'], {
      'team.json': file,
    });
    expect(code).toBe(0);
    const tables = JSON.parse(out);
    expect(tables).toHaveLength(1);
    expect(tables[0].document.name).toBe('d1.txt');
    expect(tables[0].codes[0].results[0].value).toBe(1);
    const text = await run(['team.json', '--unit', 'word', '--per-document'], {
      'team.json': file,
    });
    expect(text.out).toMatch(/Agreement in team\.json, d1\.txt/);
  });

  it('a wrong unit is a usage error', async () => {
    expect((await run(['team.json', '--unit', 'line'], { 'team.json': file })).code).toBe(2);
  });
});
