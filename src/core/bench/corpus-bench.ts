import { medianMs, round, type BenchFigure } from './measure';
import { parseMarkdown } from '../corpus/markdown';
import { parsePlainText } from '../corpus/plain-text';
import { decodeText } from '../text/decode';
import { normalizeNewlines } from '../text/normalize';

export type { BenchFigure } from './measure';

const TARGET_CHARS = 1_000_000;
const SENTENCE =
  'Requests the United Nations Office on Drugs and Crime, within its mandate, to continue to provide technical assistance; ';

/** A document of about `chars` characters in ~500-character paragraphs, as plain text or Markdown. */
export function generateDocument(format: 'txt' | 'md', chars = TARGET_CHARS): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 1; length < chars; i++) {
    let body = `${i}. ${SENTENCE.repeat(4)}`;
    if (format === 'md') {
      body =
        i % 50 === 1
          ? `## Part ${i}`
          : `${i}. *Urges* States¹ 😀 **to act**<sup>${i}</sup> &amp; ${SENTENCE.repeat(4)}`;
      body = body.replace(/^(\d+)\./, '$1\\.'); // keep it a paragraph, not an ordered list
    }
    paragraphs.push(body);
    length += body.length + 2;
  }
  return paragraphs.join('\r\n\r\n');
}

/**
 * Times parsing a generated 1,000,000-character document (or `chars`, for a quick smoke run) (plain text and Markdown: decode,
 * normalise newlines, parse into blocks and marks) against the bare limit of decoding and
 * splitting the same bytes. Hashing is left out: WebCrypto is asynchronous and measured by the
 * platform, not by our code. Prints figures and ratios; the test suite asserts no timings.
 */
export function benchCorpusParse(chars = TARGET_CHARS): BenchFigure[] {
  const encoder = new TextEncoder();
  const txtBytes = encoder.encode(generateDocument('txt', chars));
  const mdBytes = encoder.encode(generateDocument('md', chars));
  const bare = medianMs(() => new TextDecoder().decode(txtBytes).split('\n'));
  const txt = medianMs(() => parsePlainText(normalizeNewlines(decodeText(txtBytes).text)));
  const md = medianMs(() => parseMarkdown(normalizeNewlines(decodeText(mdBytes).text)));
  const size = chars === TARGET_CHARS ? '1M' : String(chars);
  return [
    { label: `corpus: bare decode + split, ${size} chars`, value: round(bare), unit: 'ms' },
    { label: `corpus: parse .txt, ${size} chars`, value: round(txt), unit: 'ms' },
    { label: `corpus: parse .md, ${size} chars`, value: round(md), unit: 'ms' },
    { label: 'corpus: .txt parse / bare', value: round(txt / bare), unit: '×' },
    { label: 'corpus: .md parse / bare', value: round(md / bare), unit: '×' },
  ];
}
