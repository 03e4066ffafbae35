/**
 * Is this UTF-16 code unit whitespace? Exactly the set JavaScript's `\s` matches (ASCII spaces
 * and line breaks, NBSP, the Unicode space separators, U+2028/2029 and U+FEFF), without a regular
 * expression per character: parsers call this for every character of documents up to 20 MiB.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
