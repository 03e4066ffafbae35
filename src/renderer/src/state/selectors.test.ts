import { describe, expect, it } from 'vitest';
import { code, project } from '../../../core/repository/test-support/records';
import { currentProject, deletedProjects, liveCodes } from './selectors';
import { initialState } from './workbench-state';

describe('selectors', () => {
  it('filter the trash out and keep their answer while the slice is unchanged', () => {
    const codes = [code('p', 'a'), { ...code('p', 'b'), deleted: true }];
    const state = { ...initialState, codes };
    const first = liveCodes(state);
    expect(first.map((c) => c.id)).toEqual(['a']);
    expect(liveCodes({ ...state, notices: [] })).toBe(first);
    expect(liveCodes({ ...state, codes: [...codes] })).not.toBe(first);
  });

  it('name the open project and the deleted ones', () => {
    const projects = [project('p'), { ...project('q'), deleted: true }];
    const state = { ...initialState, projects, projectId: 'p' };
    expect(currentProject(state)?.id).toBe('p');
    expect(deletedProjects(state).map((p) => p.id)).toEqual(['q']);
  });
});
