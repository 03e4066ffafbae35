import { describe, expect, it } from 'vitest';
import { normalizeNewlines } from './normalize';

describe('normalizeNewlines', () => {
  it('turns CRLF into LF', () => {
    expect(normalizeNewlines('a\r\nb\r\n')).toBe('a\nb\n');
  });
  it('turns a lone CR into LF', () => {
    expect(normalizeNewlines('a\rb\r')).toBe('a\nb\n');
  });
  it('treats CR CR LF as two line breaks', () => {
    expect(normalizeNewlines('a\r\r\nb')).toBe('a\n\nb');
  });
  it('leaves LF and other text alone', () => {
    expect(normalizeNewlines('a\n\nb\tc')).toBe('a\n\nb\tc');
  });
});
