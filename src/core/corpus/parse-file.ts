import type { Block, DocumentFormat, Mark, ParsedDocument } from '../model/types';
import { decodeText } from '../text/decode';
import { detectBinary } from '../text/binary';
import { sha256Hex } from '../text/hash';
import { normalizeNewlines } from '../text/normalize';
import { baseName, extensionOf, formatOf } from './file-name';
import { htmlText } from './html-text';
import { HTML_EXTENSIONS, MAX_DOCUMENT_BYTES } from './limits';
import { parseMarkdown } from './markdown';
import { corpusMessages as say } from './messages';
import type { InputFile, ParseOutcome } from './parse-outcome';
import { parsePlainText } from './plain-text';

/** Canonical text plus structure, whatever the format. */
function parseByFormat(
  format: DocumentFormat,
  text: string,
): { text: string; blocks: Block[]; marks: Mark[] } {
  if (format === 'md') return parseMarkdown(text);
  return { text, ...parsePlainText(text) };
}

/**
 * Reads one file into a document, or says in plain words why it cannot. Checks run cheapest
 * first: extension, size, emptiness, binary content; then the bytes are decoded (UTF-8, UTF-16
 * with BOM, Windows-1252 fallback with a warning), line endings normalised, the format parsed
 * and the canonical text hashed. For Markdown the canonical text is the parsed text, not the
 * source; for an HTML page it is the text of its content element (`htmlText`), without markup.
 * Never throws: an unexpected failure becomes an error outcome naming the file.
 */
export async function parseFile(input: InputFile): Promise<ParseOutcome> {
  const name = baseName(input.name);
  const fail = (error: string): ParseOutcome =>
    input.path === undefined
      ? { ok: false, fileName: name, error }
      : { ok: false, fileName: name, path: input.path, error };
  try {
    const format = formatOf(name);
    if (!format) return fail(say.unsupportedType(name, extensionOf(name)));
    const { bytes } = input;
    if (bytes.length > MAX_DOCUMENT_BYTES) return fail(say.tooLarge(name, bytes.length));
    if (bytes.length === 0) return fail(say.empty(name));
    const verdict = detectBinary(bytes);
    if (verdict.binary) return fail(say.binary(name, verdict.reason));

    const decoded = decodeText(bytes);
    let source = normalizeNewlines(decoded.text);
    if (source.trim() === '') return fail(decoded.text === '' ? say.empty(name) : say.blank(name));
    const page = HTML_EXTENSIONS.includes(extensionOf(name));
    if (page) {
      // A web page: its content element's text, as a browser's DOM gives it (see htmlText).
      const read = htmlText(source);
      if (!read.ok) return fail(say.pageRefused(name, read.problem));
      if (read.text.trim() === '') return fail(say.noPageText(name));
      source = read.text;
    }
    const { text, blocks, marks } = parseByFormat(format, source);
    if (text.trim() === '') return fail(say.noTextAfterMarkup(name));

    const warnings: string[] = [];
    // UTF-16 is decoded leniently (a lone surrogate becomes U+FFFD); UTF-8 is strict or falls back.
    if (decoded.fallback) warnings.push(say.encodingFallback(name));
    else if (decoded.encoding !== 'utf-8' && source.includes('\uFFFD'))
      warnings.push(say.replacementCharacters(name, decoded.encoding));

    const document: ParsedDocument = {
      name,
      format,
      text,
      blocks,
      marks,
      contentHash: await sha256Hex(text),
      byteSize: bytes.length,
      charCount: text.length,
      encoding: decoded.encoding,
      encodingFallback: decoded.fallback,
    };
    if (input.path !== undefined) document.sourcePath = input.path;
    return { ok: true, document, warnings };
  } catch (error) {
    return fail(say.unreadable(name, error instanceof Error ? error.message : String(error)));
  }
}
