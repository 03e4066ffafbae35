import { parseMarkdown } from '../../src/core/corpus/markdown';
import { parsePlainText } from '../../src/core/corpus/plain-text';
import { decodeText } from '../../src/core/text/decode';
import { normalizeNewlines } from '../../src/core/text/normalize';
import { generateText } from '../fixtures/corpus-text';
import type { Results } from '../lib/stats';

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Parsing a `chars`-character document (the benchmark text with CRLF line ends; as Markdown with
 * a heading every 50 paragraphs and some emphasis) against the bare limit of decoding the same
 * bytes and splitting them into lines.
 */
export function benchCorpusParse(
  results: Results,
  chars: number,
  paragraphs: number,
  runs: number,
): void {
  const text = generateText(chars, paragraphs, 3);
  const md = text
    .split('\n\n')
    .map((p, i) => (i % 50 === 0 ? `## Part ${i}` : p.replace(/\b(States|Council)\b/g, '*$1*')))
    .join('\n\n');
  const encoder = new TextEncoder();
  const txtBytes = encoder.encode(text.replace(/\n/g, '\r\n'));
  const mdBytes = encoder.encode(md.replace(/\n/g, '\r\n'));
  const s = { bare: [] as number[], txt: [] as number[], md: [] as number[] };
  for (let r = 0; r < runs; r++) {
    s.bare.push(time(() => new TextDecoder().decode(txtBytes).split('\n')));
    s.txt.push(time(() => parsePlainText(normalizeNewlines(decodeText(txtBytes).text))));
    s.md.push(time(() => parseMarkdown(normalizeNewlines(decodeText(mdBytes).text))));
  }
  const scenario = `corpus parsing, ${chars} characters`;
  const bare = results.add(scenario, 'decode + split lines (bare limit)', 'ms', s.bare);
  const txt = results.add(scenario, 'parse .txt', 'ms', s.txt);
  const mdRow = results.add(scenario, 'parse .md', 'ms', s.md);
  results.ratio(scenario, '.txt ÷ bare', txt, bare);
  results.ratio(scenario, '.md ÷ bare', mdRow, bare);
}
