/**
 * The text without any leading U+FEFF. One is a byte order mark; a second one appears when a tool
 * adds a BOM to a file that already had one. Either way it is not content: kept, it would change
 * the content hash (so duplicate detection misses the file) and sit invisibly before the first
 * word.
 */
export function stripLeadingBoms(text: string): string {
  let start = 0;
  while (text.charCodeAt(start) === 0xfeff) start++;
  return start === 0 ? text : text.slice(start);
}
