import { describe, expect, it } from 'vitest';
import { baseName, extensionOf, formatOf } from './file-name';

describe('file names', () => {
  it('takes the last segment of POSIX and Windows paths', () => {
    expect(baseName('/home/ana/notes.md')).toBe('notes.md');
    expect(baseName('C:\\Users\\ana\\notes.md')).toBe('notes.md');
    expect(baseName('notes.md')).toBe('notes.md');
  });

  it('finds the extension in lower case', () => {
    expect(extensionOf('README.MD')).toBe('.md');
    expect(extensionOf('a.b.Markdown')).toBe('.markdown');
    expect(extensionOf('Makefile')).toBe('');
    expect(extensionOf('.txt')).toBe('');
    expect(extensionOf('dir.d/file')).toBe('');
  });

  it('maps supported extensions to formats', () => {
    expect(formatOf('a.txt')).toBe('txt');
    expect(formatOf('a.md')).toBe('md');
    expect(formatOf('a.markdown')).toBe('md');
    expect(formatOf('a.docx')).toBeNull();
    expect(formatOf('a.toString')).toBeNull();
  });
});
