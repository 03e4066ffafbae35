import { describe, expect, it } from 'vitest';
import { contentChanged, filesToRead, type SeenTeamFile } from './file-changes';

const seen = new Map<string, SeenTeamFile>([
  ['a.json', { name: 'a.json', size: 10, modifiedAt: 1000, contentHash: 'h1' }],
  ['b.json', { name: 'b.json', size: 20, modifiedAt: 2000, contentHash: 'h2' }],
]);

describe('team file change detection', () => {
  it('reads new files and files whose size or time moved, and no others', () => {
    const listed = [
      { name: 'a.json', size: 10, modifiedAt: 1000 }, // untouched
      { name: 'b.json', size: 20, modifiedAt: 2500 }, // touched by a sync tool
      { name: 'c.json', size: 5, modifiedAt: 10 }, // new
      { name: 'a2.json', size: 10, modifiedAt: 1000 },
    ];
    expect(filesToRead(listed, seen).map((f) => f.name)).toEqual(['b.json', 'c.json', 'a2.json']);
    expect(filesToRead([{ name: 'a.json', size: 11, modifiedAt: 1000 }], seen)).toHaveLength(1);
  });

  it('merges a file again only when its content changed', () => {
    expect(contentChanged(seen, 'b.json', 'h2')).toBe(false);
    expect(contentChanged(seen, 'b.json', 'h3')).toBe(true);
    expect(contentChanged(seen, 'new.json', 'h2')).toBe(true);
  });
});
