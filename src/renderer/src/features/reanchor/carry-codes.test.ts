import { describe, expect, it } from 'vitest';
import { quoteContext } from '../../../../core/anchoring/quote-context';
import type { Annotation } from '../../../../core/model/types';
import { ChangeLayer } from '../../state/change-layer';
import type { WorkbenchState } from '../../state/workbench-state';
import { createOrphanStore } from '../../storage/orphan-store';
import {
  addRecords,
  freshStorage,
  makeAnnotation,
  makeDocument,
  makeProject,
} from '../../storage/test-fixtures';
import { applyCarry, planCarry } from './carry-codes';
import { inThreadReanchor } from './reanchor-runner';
import { acceptAllConfident } from './review';

const SOURCE =
  'Recalling its resolution on technical assistance.\n\nUrges Member States to become parties to the conventions.\n\nNotes the report on victims.';
const TARGET =
  'Recalling its resolution on technical assistance.\n\nDecides to remain seized.\n\nUrges Member States to become parties to the conventions.';

function on(projectId: string, documentId: string, quote: string, id: string): Annotation {
  const start = SOURCE.indexOf(quote);
  const end = start + quote.length;
  return {
    ...makeAnnotation(projectId, documentId, ['code'], id),
    start,
    end,
    ...quoteContext(SOURCE, start, end),
  };
}

describe('carrying codes between two documents of a project', () => {
  it('adds the accepted ones as one undoable change and keeps the undecided doubtful ones as orphans', async () => {
    const storage = freshStorage();
    const project = makeProject();
    const source = { ...makeDocument(project.id, 'a.txt'), text: SOURCE };
    const target = { ...makeDocument(project.id, 'b.txt'), text: TARGET };
    await addRecords(storage, project.id, [
      project,
      source,
      target,
      on(project.id, source.id, 'Recalling its resolution', 'r'),
      on(project.id, source.id, 'Urges Member States to become parties', 'u'),
      on(project.id, source.id, 'the report on victims', 'gone'),
    ]);
    const applied: string[] = [];
    const changes = new ChangeLayer(storage);
    changes.onChangeSetApplied((set) => void applied.push(`${set.source}: ${set.label}`));
    const host = {
      storage,
      changes,
      context: () => ({ coderId: 'bo', now: '2026-03-01T00:00:00.000Z' }),
      state: { projectId: project.id } as WorkbenchState,
    };
    const plan = await planCarry(host, inThreadReanchor, {
      sourceId: source.id,
      targetId: target.id,
    });
    expect(plan.proposals.map((p) => [p.annotation.id, p.placement.status])).toEqual([
      ['r', 'exact'],
      ['u', 'exact'],
      ['gone', 'orphan'],
    ]);
    const label = await applyCarry(host, {
      ...plan,
      proposals: acceptAllConfident(plan.proposals),
    });
    expect(label).toBe('carry 2 annotations from a.txt');
    expect(applied).toEqual(['user: carry 2 annotations from a.txt']);
    const carried = (await storage.listAnnotations(project.id, target.id)).map((a) => a.quote);
    expect(carried.sort()).toEqual([
      'Recalling its resolution',
      'Urges Member States to become parties',
    ]);
    // The source keeps its annotations; the one with no place waits in the target's orphans.
    expect(await storage.listAnnotations(project.id, source.id)).toHaveLength(3);
    const orphans = await createOrphanStore(storage.db).listOrphans(project.id, target.id);
    expect(orphans).toEqual([
      expect.objectContaining({
        documentId: target.id,
        origin: 'carried from a.txt',
        reason: 'not-found',
        annotation: expect.objectContaining({ id: 'gone' }),
      }),
    ]);
  });
});
