import { utf16Encoding } from './decode';

/** How much of the start of a file is inspected: enough to see a format's header, cheap on 20 MiB. */
export const BINARY_SAMPLE_BYTES = 8 * 1024;

/** Above this share of control characters in the sample, a file is taken for binary. */
export const CONTROL_RATIO_LIMIT = 0.1;

/** What binary detection concluded, with the reason in words a user can read. */
export type BinaryVerdict = { binary: false } | { binary: true; reason: string };

/**
 * C0 controls and DEL that do not occur in ordinary text. Tab, LF, VT, FF, CR and ESC (ANSI
 * colours in logs) are allowed.
 */
function isSuspiciousControl(code: number): boolean {
  return (
    (code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0b &&
      code !== 0x0c &&
      code !== 0x0d &&
      code !== 0x1b) ||
    code === 0x7f
  );
}

/** Judges a sample of code units (bytes, or UTF-16 units) by its share of control characters. */
function judgeControls(units: ArrayLike<number>): BinaryVerdict {
  if (units.length === 0) return { binary: false };
  let controls = 0;
  for (let i = 0; i < units.length; i++) if (isSuspiciousControl(units[i] as number)) controls++;
  return controls / units.length > CONTROL_RATIO_LIMIT
    ? { binary: true, reason: 'it is full of control characters' }
    : { binary: false };
}

/**
 * Tells text from binary content (images, PDFs, Word files renamed to .txt) before decoding, so
 * the user gets a clear message rather than a document of mojibake. A NUL byte in the first 8 KiB
 * means binary, except in UTF-16 with a byte order mark, where every ASCII character has one; a
 * high share of control characters means binary too.
 */
export function detectBinary(bytes: Uint8Array): BinaryVerdict {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const sample = bytes.subarray(2, 2 + BINARY_SAMPLE_BYTES - (BINARY_SAMPLE_BYTES % 2));
    const units = new Uint16Array(Math.floor(sample.length / 2));
    for (let i = 0; i < units.length; i++) {
      const a = sample[2 * i] as number;
      const b = sample[2 * i + 1] as number;
      units[i] = utf16 === 'utf-16le' ? a | (b << 8) : (a << 8) | b;
    }
    if (units.includes(0)) return { binary: true, reason: 'it contains NUL characters' };
    return judgeControls(units);
  }
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  if (sample.includes(0)) return { binary: true, reason: 'it contains NUL bytes' };
  return judgeControls(sample);
}
