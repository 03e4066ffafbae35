import { describe, expect, it } from 'vitest';
import { parseFile } from './parse-file';

/** The browser platform parses in a Web Worker: the same bytes must give the same document there. */
describe('parseFile in Chromium', () => {
  it('parses Markdown with a Windows-1252 fallback to the same text and hash as in Node', async () => {
    // "## Title\r\n\r\n*Urges* “States”<sup>1</sup> €" in Windows-1252 (“ = 93, ” = 94, € = 80).
    const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii('## Title\r\n\r\n*Urges* '),
      0x93,
      ...ascii('States'),
      0x94,
      ...ascii('<sup>1</sup> '),
      0x80,
    ]);
    const outcome = await parseFile({ name: 'old.md', bytes });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(outcome.document.text).toBe('Title\n\nUrges “States”1 €');
    expect(outcome.document.encoding).toBe('windows-1252');
    // From `printf 'Title\n\nUrges “States”1 €' | sha256sum` (UTF-8).
    expect(outcome.document.contentHash).toBe(
      'bcf0bb099e8e171e95a680ee756012b3c94bc5e7f65ac6edbca4bdc0d9d0cad3',
    );
    expect(outcome.warnings).toHaveLength(1);
  });
});
