import { describe, expect, it } from 'vitest';
import { applyCode } from '../../../../core/commands/coding';
import { testPlatform } from '../../platform/test-platform';
import { openedDocument } from '../../state/test-support/opened-document';
import { Workbench } from '../../state/workbench';
import { onlyCoder } from './coder-view';

/** Lets the service's loads (started from store changes) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function setUp() {
  const { storage, workbench, code } = await openedDocument();
  await settle();
  return { storage, workbench, code, ada: workbench.state.coder!.id };
}

describe('coders service', () => {
  it('knows the current coder and remembers the filter and stripe mode per project', async () => {
    const { storage, workbench } = await setUp();
    expect(workbench.state.knownCoders.map((c) => c.name)).toEqual(['Ada']);
    workbench.coders.setFilter(onlyCoder('someone-else'));
    workbench.coders.setStripeMode('coder');
    await settle();
    const projectId = workbench.state.projectId!;

    const reloaded = new Workbench(storage, testPlatform());
    await reloaded.init();
    await settle();
    expect(reloaded.state.projectId).toBe(projectId);
    expect(reloaded.state.coderView).toEqual({
      filter: onlyCoder('someone-else'),
      stripeMode: 'coder',
    });

    // Another project starts with everyone's work and stripes by code.
    await reloaded.createProject('Second');
    await settle();
    expect(reloaded.state.coderView).toEqual({ filter: { kind: 'all' }, stripeMode: 'code' });
  });

  it('coding while one’s own annotations are hidden shows them again, and says so', async () => {
    const { workbench, code, ada } = await setUp();
    workbench.coders.setFilter(onlyCoder('someone-else'));
    await workbench.coding.applyCode({ start: 0, end: 7 }, code.id);
    expect(workbench.state.coderView.filter).toEqual({
      kind: 'only',
      coderIds: ['someone-else', ada],
    });
    expect(workbench.state.notices.map((n) => n.title)).toContain(
      'Your annotations are shown again: you coded while they were hidden',
    );
  });

  it('hiding the selected annotation’s coder clears the selection', async () => {
    const { workbench, code } = await setUp();
    const id = await workbench.coding.applyCode({ start: 0, end: 7 }, code.id);
    workbench.selectAnnotation(id ?? null);
    workbench.coders.setFilter({ kind: 'only', coderIds: [] });
    expect(workbench.state.selectedAnnotationId).toBeNull();
  });

  it('learns a coder a teammate’s change set brings (an import), with their name', async () => {
    const { storage, workbench, code } = await setUp();
    const later = new Date(Date.now() + 60_000).toISOString();
    const bo = { id: 'bo-0001', name: 'Bo', createdAt: later };
    await storage.putCoder(bo);
    const open = workbench.state.openDocument!;
    const { set } = applyCode(
      {
        overlapping: [],
        document: { id: open.meta.id, projectId: workbench.state.projectId! },
        text: open.text,
        span: { start: 11, end: 20 },
        codeId: code.id,
        codeName: code.name,
        newId: 'bo-annotation',
      },
      { coderId: bo.id, now: later },
    );
    await workbench.changes.serial(() => workbench.changes.applyNow({ ...set, source: 'import' }));
    await settle();
    expect(workbench.state.knownCoders.map((c) => c.name)).toEqual(['Ada', 'Bo']);
  });
});
