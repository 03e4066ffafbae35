import { describe, expect, it } from 'vitest';
import type { Code } from '../model/types';
import { codePaths, nameKey } from './name-key';

const code = (id: string, name: string, parentId: string | null = null) =>
  ({ id, name, parentId }) as Code;

describe('nameKey and codePaths', () => {
  it('compares names case- and whitespace-insensitively, Unicode-normalized', () => {
    expect(nameKey('  Human\t\n Rights ')).toBe(nameKey('human rights'));
    expect(nameKey('Cafe\u0301')).toBe(nameKey('Café'));
    expect(nameKey('Victims')).not.toBe(nameKey('Victim'));
  });

  it('names each code by its path from the top, and stops at a cycle or a missing parent', () => {
    const paths = codePaths([
      code('a', 'Harm'),
      code('b', ' Victims', 'a'),
      code('c', 'X', 'd'),
      code('d', 'Y', 'c'),
      code('e', 'Orphan', 'gone'),
    ]);
    expect(paths.get('b')).toBe('harm / victims');
    expect(paths.get('c')).toBe('y / x');
    expect(paths.get('e')).toBe('orphan');
  });
});
