import { describe, expect, it } from 'vitest';
import { foreignProjectProblem } from './foreign-project';

const local = { id: 'p1', name: 'Study', contentHashes: ['h1', 'h2'] };

describe('a teammate file of another project', () => {
  it('merges the same project, or another one sharing a document text', () => {
    expect(foreignProjectProblem({ id: 'p1', name: 'Study', contentHashes: [] }, local)).toBeNull();
    expect(
      foreignProjectProblem({ id: 'p2', name: 'Sample', contentHashes: ['h9', 'h2'] }, local),
    ).toBeNull();
  });

  it('merges anything into a project with no documents yet (joining a team)', () => {
    expect(
      foreignProjectProblem(
        { id: 'p2', name: 'Team', contentHashes: ['h9'] },
        { ...local, contentHashes: [] },
      ),
    ).toBeNull();
  });

  it('refuses a project that shares no document, naming both', () => {
    expect(foreignProjectProblem({ id: 'p3', name: 'Other', contentHashes: ['h9'] }, local)).toBe(
      'it belongs to another project (“Other”) that shares no document with “Study”; use Import project… to bring it in on purpose',
    );
  });
});
