import { describe, expect, it } from 'vitest';
import { buildChangeSet } from '../../../core/changes/build-change-set';
import type { ChangeSet } from '../../../core/changes/change-set';
import type { Code } from '../../../core/model/types';
import { MemoryRepository } from '../../../core/repository/memory-repository';
import { code, project } from '../../../core/repository/test-support/records';
import { ChangeLayer, LARGE_CHANGE_SET } from './change-layer';
import { Store } from './store';

const ctx = { coderId: 'c', now: '2026-01-01T00:00:00.000Z' };
const set = (changes: ChangeSet['changes']) =>
  buildChangeSet({ projectId: 'p', source: 'user', label: 'x' }, ctx, changes);

describe('ChangeLayer', () => {
  it('builds each change in its turn from what the previous turns wrote', async () => {
    const repo = new MemoryRepository();
    const layer = new ChangeLayer(repo);
    await layer.change(() => ({
      set: set([{ kind: 'project', before: null, after: project('p') }]),
      value: undefined,
    }));
    const names = ['a', 'b', 'c'];
    // Started in the same tick: each reads the codes the earlier ones added.
    const orders = await Promise.all(
      names.map((name) =>
        layer.change(async () => {
          const codes = (await repo.listRecords('p', 'code')) as Code[];
          const after = { ...code('p', name), order: codes.length };
          return { set: set([{ kind: 'code', before: null, after }]), value: after.order };
        }),
      ),
    );
    expect(orders).toEqual([0, 1, 2]);
  });

  it('resumes the caller of a large change set in a task after the one that announced it', async () => {
    const repo = new MemoryRepository();
    const layer = new ChangeLayer(repo);
    await layer.change(() => ({
      set: set([{ kind: 'project', before: null, after: project('p') }]),
      value: undefined,
    }));
    // A listener queues a task when told (as a store notification queues React's render).
    const order: string[] = [];
    layer.onChangeSetApplied(() => void setTimeout(() => order.push('task after announce'), 0));
    const codes = Array.from({ length: LARGE_CHANGE_SET + 1 }, (_, i) => code('p', `c${i}`));
    await layer.change(() => ({
      set: set(codes.map((after) => ({ kind: 'code' as const, before: null, after }))),
      value: undefined,
    }));
    order.push('caller resumed');
    expect(order).toEqual(['task after announce', 'caller resumed']);
    // A small one resumes the caller at once (each keystroke's edit waits for no task).
    order.length = 0;
    await layer.change(() => ({
      set: set([{ kind: 'code', before: null, after: code('p', 'small') }]),
      value: undefined,
    }));
    order.push('caller resumed');
    expect(order).toEqual(['caller resumed']);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('tells listeners once per applied change set, inside one store batch, and not for failures', async () => {
    const repo = new MemoryRepository();
    const store = new Store({ a: 0, b: 0 });
    const layer = new ChangeLayer(repo, (work) => store.batch(work));
    let notifications = 0;
    store.subscribe(() => notifications++);
    const seen: string[] = [];
    layer.onChangeSetApplied((s) => {
      seen.push(s.label);
      store.set({ a: 1 });
    });
    layer.onChangeSetApplied(() => store.set({ b: 1 }));
    await layer.change(() => ({
      set: set([{ kind: 'project', before: null, after: project('p') }]),
      value: undefined,
    }));
    expect(seen).toEqual(['x']);
    expect(notifications).toBe(1);
    const failing = layer.change(() => ({
      set: set([{ kind: 'project', before: null, after: project('p') }]),
      value: undefined,
    }));
    await expect(failing).rejects.toThrow(/changed elsewhere/);
    expect(seen).toEqual(['x']);
    // An empty change set writes nothing and tells no one.
    await layer.change(() => ({ set: set([]), value: undefined }));
    expect(seen).toEqual(['x']);
  });
});
