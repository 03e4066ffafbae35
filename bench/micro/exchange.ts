import { exportProject, parseExchangeFile } from '../../src/core/exchange';
import { benchProject, type ProjectShape } from '../fixtures/project';
import type { Results } from '../lib/stats';

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

const T = '2026-11-24T10:00:00.000Z';

/**
 * Exporting and re-reading the benchmark project (core only, no browser) against the bare limit
 * of `JSON.stringify` / `JSON.parse` of the same records: the cost of validation, ordering and
 * reference checks on top of plain JSON.
 */
export function benchExchange(results: Results, shape: ProjectShape, runs: number): void {
  const data = benchProject(shape);
  const s = { exp: [] as number[], str: [] as number[], imp: [] as number[], par: [] as number[] };
  let size = 0;
  for (let r = 0; r < runs; r++) {
    const [text, exportMs] = time(() => exportProject(data, { includeTexts: true }, T));
    const [plain, stringifyMs] = time(() => JSON.stringify(data, null, 2));
    const [result, parseMs] = time(() => parseExchangeFile('bench.json', text));
    const [, jsonParseMs] = time(() => JSON.parse(plain) as unknown);
    if (!result.ok) throw new Error(`bench file did not read back: ${result.problems[0]?.message}`);
    s.exp.push(exportMs);
    s.str.push(stringifyMs);
    s.imp.push(parseMs);
    s.par.push(jsonParseMs);
    size = Buffer.byteLength(text, 'utf8') / 1e6;
  }
  const scenario = `exchange file (core), ${shape.annotations} annotations`;
  const exp = results.add(scenario, 'export', 'ms', s.exp);
  const str = results.add(scenario, 'JSON.stringify of the same records (bare limit)', 'ms', s.str);
  const imp = results.add(scenario, 'parse + validate + check', 'ms', s.imp);
  const par = results.add(scenario, 'JSON.parse of the same records (bare limit)', 'ms', s.par);
  results.ratio(scenario, 'export ÷ JSON.stringify', exp, str);
  results.ratio(scenario, 'import ÷ JSON.parse', imp, par);
  results.add(scenario, 'file size', 'MB', [size]);
}
