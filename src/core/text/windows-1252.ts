/**
 * Windows-1252 bytes 0x80-0x9F, per the WHATWG Encoding Standard (index-windows-1252). The other
 * 224 bytes map to the code point of the same value. Bytes with no character of their own (0x81,
 * 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as browsers do.
 */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** How many characters are decoded before they are appended to the result (bounds call stack use). */
const CHUNK = 8192;

/**
 * Decodes Windows-1252 bytes. Our own table instead of `new TextDecoder('windows-1252')` because
 * Node 20.18.3+ and 22.13+ decode that label as Latin-1, turning 0x80-0x9F (curly quotes, the euro
 * sign, dashes) into invisible C1 controls (https://github.com/nodejs/node/issues/60888), while
 * browsers decode it correctly: a document must get the same canonical text, and hash, in both.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const codes: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    codes.push(byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROL_RANGE[byte - 0x80] as number) : byte);
    if (codes.length === CHUNK) {
      text += String.fromCharCode(...codes);
      codes.length = 0;
    }
  }
  return text + String.fromCharCode(...codes);
}
