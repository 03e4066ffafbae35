import { notice, type Notice } from './notices';
import type { Store } from './store';
import type { WorkbenchState } from './workbench-state';

/** How long an information notice stays on screen. */
const INFO_NOTICE_MS = 6000;

/** The notice area's slice: show, dismiss, and report errors the user must see. */
export function createNoticeCenter(store: Store<WorkbenchState>) {
  const center = {
    /** Shows a notice. Information fades after a while; errors and warnings stay until dismissed. */
    notify(item: Notice): void {
      store.set({ notices: [...store.get().notices, item] });
      if (item.kind === 'info') setTimeout(() => center.dismiss(item.id), INFO_NOTICE_MS);
    },
    /** Removes a notice. */
    dismiss(id: number): void {
      store.set({ notices: store.get().notices.filter((n) => n.id !== id) });
    },
    /** Reports an error the user must see; nothing else changes. */
    fail(title: string, error: unknown): void {
      center.notify(
        notice('error', title, [error instanceof Error ? error.message : String(error)]),
      );
    },
  };
  return center;
}
