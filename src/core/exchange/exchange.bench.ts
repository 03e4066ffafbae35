import type { BenchFigure } from '../bench/measure';
import type { Annotation, Code, Coder } from '../model/types';
import { exportProject, type ExportInput } from './export';
import { parseExchangeFile } from './import';
import type { ExchangeDocument } from './schema';
import { sha256Hex } from './verify-hashes';

export type { BenchFigure } from '../bench/measure';

const T = '2026-11-24T10:00:00.000Z';

/** A synthetic project: 10 documents of ~100k characters, 30 codes, 3 coders, `n` annotations. */
export async function syntheticProject(n: number): Promise<ExportInput> {
  const stamp = (by: string) => ({
    createdBy: by,
    createdAt: T,
    updatedBy: by,
    updatedAt: T,
    deleted: false,
  });
  const coders: Coder[] = ['ada', 'bob', 'cy'].map((id) => ({ id, name: id, createdAt: T }));
  const text = 'Die Opfer schwiegen. 👍🏽 Nobody spoke of it again, not even later. '.repeat(1500);
  const contentHash = await sha256Hex(text);
  const documents: ExchangeDocument[] = Array.from({ length: 10 }, (_, i) => ({
    id: `doc-${i}`,
    ...stamp('ada'),
    projectId: 'p',
    name: `interview-${i}.txt`,
    format: 'txt',
    text,
    blocks: [],
    marks: [],
    contentHash,
    byteSize: new TextEncoder().encode(text).length,
    charCount: text.length,
    encoding: 'utf-8',
    encodingFallback: false,
    importedAt: T,
    memo: '',
  }));
  const codes: Code[] = Array.from({ length: 30 }, (_, i) => ({
    id: `code-${String(i).padStart(2, '0')}`,
    ...stamp('ada'),
    projectId: 'p',
    parentId: i >= 10 ? `code-${String(i % 10).padStart(2, '0')}` : null,
    name: `Code ${i}`,
    color: '#4e79a7',
    description: '',
    hotkey: null,
    order: i,
    memo: '',
  }));
  const annotations: Annotation[] = Array.from({ length: n }, (_, i) => {
    const start = (i * 37) % (text.length - 40);
    const end = start + 5 + (i % 30);
    return {
      id: `ann-${String(i).padStart(7, '0')}`,
      ...stamp(coders[i % 3]?.id ?? 'ada'),
      projectId: 'p',
      documentId: `doc-${i % 10}`,
      start,
      end,
      quote: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      codeIds: [`code-${String(i % 30).padStart(2, '0')}`],
      memo: i % 10 === 0 ? 'A memo on this segment.' : '',
    };
  });
  const project = { id: 'p', ...stamp('ada'), name: 'Benchmark', memo: '' };
  return {
    exportedBy: { coderId: 'ada', name: 'ada' },
    project,
    coders,
    documents,
    codes,
    annotations,
  };
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const value = fn();
  return [value, performance.now() - t0];
}

/**
 * Times exporting and re-reading a project with `n` annotations against the bare limit of
 * `JSON.stringify` / `JSON.parse` on the same records (the cost of validation, ordering and
 * reference checks on top of plain JSON). For `npm run bench`; not a test.
 */
export async function benchExchange(n = 100_000): Promise<BenchFigure[]> {
  const data = await syntheticProject(n);
  const [text, exportMs] = time(() => exportProject(data, { includeTexts: true }, T));
  const [plain, stringifyMs] = time(() => JSON.stringify(data, null, 2));
  const [result, parseMs] = time(() => parseExchangeFile('bench.json', text));
  const [, jsonParseMs] = time(() => JSON.parse(plain) as unknown);
  if (!result.ok)
    throw new Error(`Benchmark file did not read back: ${result.problems[0]?.message}`);
  return [
    { label: `export ${n} annotations`, value: exportMs, unit: 'ms' },
    { label: 'JSON.stringify of the same records (bare limit)', value: stringifyMs, unit: 'ms' },
    { label: `import (parse, validate, check) ${n} annotations`, value: parseMs, unit: 'ms' },
    { label: 'JSON.parse of the same records (bare limit)', value: jsonParseMs, unit: 'ms' },
    { label: 'exchange file size', value: new TextEncoder().encode(text).length / 1e6, unit: 'MB' },
  ];
}
