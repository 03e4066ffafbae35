/**
 * Turns CRLF and lone CR line endings into LF. Canonical text uses LF only, so offsets do not
 * depend on the platform a file was written on (NVivo, for instance, counts CRLF as two units).
 */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
