import { htmlText } from '../../corpus/html-text';
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_SIZE_LABEL } from '../../corpus/limits';
import { parsePlainText } from '../../corpus/plain-text';
import type { ParsedDocument } from '../../model/types';
import { detectBinary } from '../../text/binary';
import { decodeText } from '../../text/decode';
import { sha256Hex } from '../../text/hash';
import { normalizeNewlines } from '../../text/normalize';
import { oneDocumentProject } from '../native/one-document-project';
import { FormatReadError, type FormatAdapter } from '../registry-types';

/**
 * An HTML page (`.html`, `.htm`) read as a project of one plain-text document: the text of its
 * content element as annotation tools count it (`htmlText`), so W3C annotations made on the
 * page in a browser (recogito's text-annotator) can be merged onto it by the CLI. Markup is not
 * kept; scripts and styles never become text. Hostile pages are refused whole, naming the file:
 * over the document size limit, nested too deep or with too many elements.
 */
export const htmlPageAdapter: FormatAdapter = {
  name: 'html',
  summary: "an HTML page (read only): a project of its content element's text",
  extensions: ['.html', '.htm'],
  async read(bytes, context) {
    const refuse = (message: string) =>
      new FormatReadError(context.fileName, [{ path: '', message }]);
    const name = context.fileName.replace(/\\/g, '/').split('/').pop() ?? context.fileName;
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      const mib = (bytes.length / (1024 * 1024)).toFixed(1);
      throw refuse(
        `the page is ${mib} MiB; Marginalia reads pages up to ${MAX_DOCUMENT_SIZE_LABEL}`,
      );
    }
    const verdict = detectBinary(bytes);
    if (verdict.binary)
      throw refuse(`this looks like a binary file, not a page (${verdict.reason})`);
    const decoded = decodeText(bytes);
    const read = htmlText(normalizeNewlines(decoded.text));
    if (!read.ok) throw refuse(`${read.problem}; the page was not read`);
    const { text } = read;
    if (text.trim() === '') throw refuse('the page has no text in its content element');
    const document: ParsedDocument = {
      name,
      format: 'txt',
      text,
      ...parsePlainText(text),
      contentHash: await sha256Hex(text),
      byteSize: bytes.length,
      charCount: text.length,
      encoding: decoded.encoding,
      encodingFallback: decoded.fallback,
    };
    const notes = decoded.fallback
      ? [`${context.fileName}: not valid UTF-8; read as Windows-1252 (Western European).`]
      : [];
    return { snapshot: oneDocumentProject(document, context), notes };
  },
  async validate(bytes, context) {
    try {
      await htmlPageAdapter.read?.(bytes, context);
      return [];
    } catch (e) {
      if (e instanceof FormatReadError) return e.problems;
      throw e;
    }
  },
};
