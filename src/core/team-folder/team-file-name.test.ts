import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  TEAM_FILE_PATTERN,
  coderTag,
  fileNamePart,
  isOwnTeamFile,
  nameFromTeamFile,
  tagOfTeamFile,
  teamFileName,
  teammateFileNames,
} from './team-file-name';

const ada = { id: '019a1b2c-3d4e-7f00-8a1b-2c3d4e5f6a7b', name: 'Ada Lovelace' };
const bo = { id: '019a1b2c-3d4e-7f00-9999-000011112222', name: 'Bo' };

describe('team file names', () => {
  it('names a coder’s file after their name and the random tail of their id', () => {
    expect(teamFileName(ada)).toBe('marginalia-ada-lovelace-4e5f6a7b.json');
    // Same creation minute (same UUIDv7 head), different coders: different files.
    expect(teamFileName(bo)).toBe('marginalia-bo-11112222.json');
  });

  it('keeps names safe on every platform', () => {
    expect(fileNamePart("Zoë O'Brien")).toBe('zoe-o-brien');
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('李小龍')).toBe('coder');
    expect(fileNamePart('  ')).toBe('coder');
    expect(fileNamePart('a'.repeat(100))).toHaveLength(40);
  });

  it('always makes a name the pattern accepts, for any coder name and id', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (name, id) => {
        const fileName = teamFileName({ id, name });
        expect(fileName).toMatch(TEAM_FILE_PATTERN);
        expect(tagOfTeamFile(fileName)).toBe(coderTag(id));
        expect(isOwnTeamFile(fileName, id)).toBe(true);
      }),
    );
  });

  it('refuses a coder id with nothing to tag', () => {
    expect(() => coderTag('---')).toThrow(/coder id/);
  });

  it('tells teammates’ files from the coder’s own (any earlier name) and from other files', () => {
    const names = [
      teamFileName(bo),
      teamFileName(ada),
      'marginalia-ada-4e5f6a7b.json', // Ada before she changed her name
      'marginalia-bo-11112222 (conflicted copy).json',
      '.marginalia-bo-11112222.json.1234.tmp',
      'notes.txt',
      'marginalia-cy-0a0b0c0d.json',
    ];
    expect(teammateFileNames(names, ada.id)).toEqual([
      'marginalia-bo-11112222.json',
      'marginalia-cy-0a0b0c0d.json',
    ]);
  });

  it('guesses a readable name from a file name', () => {
    expect(nameFromTeamFile('marginalia-ada-lovelace-4e5f6a7b.json')).toBe('Ada Lovelace');
    expect(nameFromTeamFile('marginalia-4e5f6a7b.json')).toBe('marginalia-4e5f6a7b.json');
  });
});
