import { describe, expect, it } from 'vitest';
import { BINARY_SAMPLE_BYTES, detectBinary } from './binary';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('detectBinary', () => {
  it('accepts ordinary text with tabs and newlines', () => {
    expect(detectBinary(ascii('Hello\tworld\r\nLine two “quoted” 😀\n'))).toEqual({
      binary: false,
    });
  });

  it('accepts empty input', () => {
    expect(detectBinary(new Uint8Array())).toEqual({ binary: false });
  });

  it('rejects a PNG header (NUL bytes)', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const verdict = detectBinary(png);
    expect(verdict.binary).toBe(true);
    if (verdict.binary) expect(verdict.reason).toMatch(/NUL/);
  });

  it('rejects a NUL byte anywhere in the first 8 KiB', () => {
    const bytes = new Uint8Array(BINARY_SAMPLE_BYTES).fill(0x61);
    bytes[BINARY_SAMPLE_BYTES - 1] = 0;
    expect(detectBinary(bytes).binary).toBe(true);
  });

  it('does not look past the first 8 KiB for NUL bytes', () => {
    const bytes = new Uint8Array(BINARY_SAMPLE_BYTES + 10).fill(0x61);
    bytes[BINARY_SAMPLE_BYTES + 5] = 0;
    expect(detectBinary(bytes).binary).toBe(false);
  });

  it('rejects content with many control characters but no NUL', () => {
    const bytes = new Uint8Array(1000).fill(0x61);
    for (let i = 0; i < 200; i++) bytes[i * 5] = 0x01;
    const verdict = detectBinary(bytes);
    expect(verdict).toEqual({ binary: true, reason: expect.stringMatching(/control characters/) });
  });

  it('tolerates a few control characters', () => {
    const bytes = new Uint8Array(1000).fill(0x61);
    for (let i = 0; i < 20; i++) bytes[i * 50] = 0x07;
    expect(detectBinary(bytes).binary).toBe(false);
  });

  it('accepts UTF-16 LE and BE text with a BOM despite its zero bytes', () => {
    expect(detectBinary(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toEqual({
      binary: false,
    });
    expect(detectBinary(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toEqual({
      binary: false,
    });
  });

  it('rejects UTF-16 content that contains NUL characters', () => {
    expect(detectBinary(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x00, 0x00])).binary).toBe(true);
  });

  it('rejects UTF-16 without a BOM (not guessed)', () => {
    expect(detectBinary(new Uint8Array([0x48, 0x00, 0x69, 0x00])).binary).toBe(true);
  });
});
