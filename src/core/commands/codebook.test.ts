import { describe, expect, it } from 'vitest';
import { MemoryRepository } from '../repository/memory-repository';
import { CODER, annotation, code } from '../repository/test-support/records';
import type { Code } from '../model/types';
import {
  createCode,
  deleteCode,
  importCodebook,
  mergeCodes,
  mergeCodesInSteps,
  updateCode,
} from './codebook';

const P = 'p';
const ctx = { coderId: CODER, now: '2026-02-01T00:00:00.000Z' };

describe('codebook commands', () => {
  it('refuses to create a code past the depth limit, saying so', () => {
    const chain: Code[] = [];
    for (let i = 0; i < 100; i++) {
      chain.push(code(P, `c${i}`, `Level ${i + 1}`, i === 0 ? null : `c${i - 1}`));
    }
    expect(() =>
      createCode(chain, { id: 'x', projectId: P, name: 'Too deep', parentId: 'c99' }, ctx),
    ).toThrow(/100/);
    expect(
      createCode(chain, { id: 'y', projectId: P, name: 'Fits', parentId: 'c98' }, ctx).code
        .parentId,
    ).toBe('c98');
  });

  it('two codes created one after the other get the next order and the next free hotkey', async () => {
    const repo = new MemoryRepository();
    for (const name of ['Alpha', 'Beta']) {
      const codes = (await repo.listRecords(P, 'code')) as Code[];
      const { set } = createCode(codes, { id: name, projectId: P, name, parentId: null }, ctx);
      await repo.apply(
        codes.length === 0
          ? {
              ...set,
              changes: [
                {
                  kind: 'project',
                  before: null,
                  after: {
                    id: P,
                    name: 'x',
                    memo: '',
                    createdBy: CODER,
                    createdAt: ctx.now,
                    updatedBy: CODER,
                    updatedAt: ctx.now,
                    deleted: false,
                  },
                },
                ...set.changes,
              ],
            }
          : set,
      );
    }
    const codes = (await repo.listRecords(P, 'code')) as Code[];
    expect(codes.map((c) => [c.name, c.order, c.hotkey])).toEqual([
      ['Alpha', 0, '1'],
      ['Beta', 1, '2'],
    ]);
    expect(codes.every((c) => c.rev?.startsWith('1-'))).toBe(true);
  });

  it('a hotkey taken by another code moves, both stamped', () => {
    const a = { ...code(P, 'a'), hotkey: '1' };
    const b = code(P, 'b');
    const set = updateCode([a, b], 'b', { hotkey: '1' }, 'set hotkey', ctx);
    expect(set.changes.map((c) => [c.after?.id, (c.after as Code).hotkey])).toEqual([
      ['a', null],
      ['b', '1'],
    ]);
    expect(set.changes.every((c) => c.after?.updatedAt === ctx.now)).toBe(true);
  });

  it('an edit that changes nothing is an empty change set', () => {
    const a = code(P, 'a');
    expect(updateCode([a], 'a', { name: 'a' }, 'rename', ctx).changes).toEqual([]);
  });

  it('deleting a code tombstones its sub-codes too; merging moves its annotations', () => {
    const parent = code(P, 'parent');
    const child = code(P, 'child', 'child', 'parent');
    const other = code(P, 'other');
    const del = deleteCode([parent, child, other], 'parent', ctx);
    expect(del.changes.map((c) => [c.after?.id, c.after?.deleted])).toEqual([
      ['parent', true],
      ['child', true],
    ]);
    const ann = annotation(P, 'd', 'ann', ['parent']);
    const merge = mergeCodes([parent, child, other], [ann], 'parent', 'other', ctx);
    const moved = merge.changes.find((c) => c.kind === 'annotation')?.after;
    expect(moved && 'codeIds' in moved ? moved.codeIds : null).toEqual(['other']);
    expect(merge.label).toBe('merge code parent into other');
  });

  it('a code merge built in steps is the same change set, pausing before each step', async () => {
    const from = code(P, 'from');
    const into = code(P, 'into');
    const child = code(P, 'child', 'child', 'from');
    const codes = [from, into, child];
    // Every third annotation has both codes (they collapse); some have neither (no change).
    const annotations = Array.from({ length: 23 }, (_, i) =>
      annotation(P, 'd', `a${i}`, i % 5 === 4 ? ['into'] : i % 3 ? ['from'] : ['from', 'into']),
    );
    let pauses = 0;
    const stepped = await mergeCodesInSteps(
      codes,
      annotations,
      'from',
      'into',
      ctx,
      async () => {
        pauses++;
      },
      4,
    );
    expect(stepped).toEqual(mergeCodes(codes, annotations, 'from', 'into', ctx));
    expect(pauses).toBe(6);
  });

  it('an imported codebook keeps its ids unless the project has them already', () => {
    const mine = code(P, 'shared');
    const set = importCodebook(
      [mine],
      [code('elsewhere', 'shared', 'Shared'), code('elsewhere', 'new', 'New', 'shared')],
      { projectId: P, fileName: 'c.json', newId: () => 'fresh' },
      ctx,
    );
    const added = set.changes.map((c) => c.after as Code);
    expect(added.map((c) => [c.id, c.parentId, c.projectId])).toEqual([
      ['fresh', null, P],
      ['new', 'fresh', P],
    ]);
  });
});
