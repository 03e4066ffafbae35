import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelLike, LocalChange, RemoteChanges, TabSyncHost } from './tab-sync';
import { GATHER_MS, startTabSync } from './tab-sync';

const NAME = 'marginalia-test-changes';
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** A tab: a host whose local changes the test triggers and whose reloads it records. */
function tab(id: string, projectId = 'p1') {
  const reloads: RemoteChanges[] = [];
  let local: (change: LocalChange) => void = () => undefined;
  const host: TabSyncHost = {
    projectId: () => projectId,
    reload: async (changes) => void reloads.push(changes),
    onLocalChange: (listener) => {
      local = listener;
      return () => (local = () => undefined);
    },
  };
  // Node's BroadcastChannel behaves as the browser's between instances of one process.
  const channel = new BroadcastChannel(NAME) as unknown as ChannelLike;
  stops.push(startTabSync(channel, host, id));
  return { reloads, change: (c: LocalChange) => local(c) };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('tab sync', () => {
  it('another tab of the same project reloads what this one changed, gathered into one reload', async () => {
    const a = tab('a');
    const b = tab('b');
    const elsewhere = tab('c', 'p2');
    a.change({ projectId: 'p1', table: 'codes', ids: ['c1'], documentIds: [] });
    a.change({ projectId: 'p1', table: 'annotations', ids: ['x'], documentIds: ['d1'] });
    a.change({ projectId: 'p1', table: 'annotations', ids: ['y'], documentIds: ['d2'] });
    await wait(GATHER_MS * 3);
    expect(b.reloads).toHaveLength(1);
    expect([...(b.reloads[0]?.tables ?? [])].sort()).toEqual(['annotations', 'codes']);
    expect([...(b.reloads[0]?.annotationDocumentIds ?? [])].sort()).toEqual(['d1', 'd2']);
    expect(a.reloads).toEqual([]);
    expect(elsewhere.reloads).toEqual([]);
  });

  it('drops malformed messages from other pages of the origin', async () => {
    const b = tab('b');
    const rogue = new BroadcastChannel(NAME);
    rogue.postMessage({ tab: 'z', projectId: 'p1', table: 'everything', ids: [], documentIds: [] });
    rogue.postMessage('reload please');
    await wait(GATHER_MS * 3);
    rogue.close();
    expect(b.reloads).toEqual([]);
  });
});
