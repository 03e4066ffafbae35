import { describe, expect, it } from 'vitest';
import { smallProject } from '../test-support/small-project';
import { exportW3c } from './export-w3c';
import { w3cImportChange, w3cIntoProject } from './w3c-into-project';

let n = 0;
const options = { coderId: 'ada', now: '2026-11-30T09:00:00.000Z', newId: () => `w-${++n}` };

describe('w3cIntoProject', () => {
  it('adds what the project lacks, and nothing when the file is the project’s own', () => {
    const project = smallProject();
    const file = JSON.stringify(exportW3c(project));
    const again = w3cIntoProject(project, 'own.w3c.json', file, options);
    if (!again.ok) throw new Error(again.problems.join('\n'));
    expect(again.annotations).toEqual([]);
    expect(again.alreadyThere).toBe(project.annotations.filter((a) => !a.deleted).length);

    const empty = { ...project, annotations: [] };
    const read = w3cIntoProject(empty, 'own.w3c.json', file, options);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.annotations).toHaveLength(2);
    const text = project.documents[0]?.text ?? '';
    for (const a of read.annotations) expect(text.slice(a.start, a.end)).toBe(a.quote);
    const set = w3cImportChange(read, { projectId: 'p1', fileName: 'own.w3c.json' }, options);
    expect(set.source).toBe('user');
    expect(set.changes.filter((c) => c.kind === 'annotation')).toHaveLength(2);
  });

  it('refuses a file that is not W3C, naming it', () => {
    const read = w3cIntoProject(smallProject(), 'x.json', '{"a": 1}', options);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatch(/^x\.json: /);
  });
});
