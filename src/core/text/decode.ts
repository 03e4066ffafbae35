import { stripLeadingBoms } from './bom';
import { decodeWindows1252 } from './windows-1252';

/** The result of decoding a file's bytes into text. */
export interface DecodedText {
  /** The decoded text, without any leading byte order mark. Line endings are not yet normalised. */
  text: string;
  /** The encoding used: `utf-8`, `utf-16le`, `utf-16be` or `windows-1252`. */
  encoding: string;
  /** True when the bytes were not valid UTF-8 and were read as Windows-1252 (tell the user). */
  fallback: boolean;
  /** True when one or more byte order marks were found and removed. */
  bomRemoved: boolean;
}

/** Does `bytes` start with these bytes? */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Is this the start of a UTF-16 file with a byte order mark? (Used by binary detection too.) */
export function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, UTF16LE_BOM)) return 'utf-16le';
  if (startsWith(bytes, UTF16BE_BOM)) return 'utf-16be';
  return null;
}

/**
 * Decodes a file's bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and, when the bytes
 * are not valid UTF-8, Windows-1252 (the usual legacy encoding of Western European text) with
 * `fallback` set so the user can be told. UTF-16 without a BOM is not guessed: its NUL bytes make
 * binary detection reject it with a message instead. Every leading BOM is removed, not just the
 * first: a doubled one (`EF BB BF EF BB BF`) is not content either.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    // Not fatal: a stray unpaired surrogate becomes U+FFFD rather than losing the whole file.
    const text = new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes.subarray(2));
    return { text: stripLeadingBoms(text), encoding: utf16, fallback: false, bomRemoved: true };
  }
  // U+FEFF is EF BB BF in UTF-8, so removing every leading copy of those bytes removes them all.
  let body = bytes;
  while (startsWith(body, UTF8_BOM)) body = body.subarray(UTF8_BOM.length);
  const bomRemoved = body !== bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: 'utf-8', fallback: false, bomRemoved };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252', fallback: true, bomRemoved };
  }
}
