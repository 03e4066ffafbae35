/** Starts writing whatever a field holds unsaved; resolves once it is written (or has failed). */
export type Flush = () => Promise<void>;

/**
 * Every field with unsaved text registers its flush here, so one call can save them all on the
 * way out: the page being hidden or unloaded, or the desktop window closing.
 */
export interface PendingSaves {
  /** Adds a field's flush; returns the function that removes it. */
  register(flush: Flush): () => void;
  /** Flushes every registered field at once; never rejects (failures stay on their fields). */
  flushAll(): Promise<void>;
}

/** The registry the composition root shares with every memo field. */
export function createPendingSaves(): PendingSaves {
  const flushes = new Set<Flush>();
  return {
    register(flush) {
      flushes.add(flush);
      return () => void flushes.delete(flush);
    },
    async flushAll() {
      // Started together and synchronously: on `pagehide` only the synchronous part is sure to run.
      const running = [...flushes].map((flush) => flush().catch(() => undefined));
      await Promise.all(running);
    },
  };
}

/** The events of a page that may be its last chance to save (DOM `window` and `document`). */
export interface PageExitEvents {
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

/**
 * Flushes on every way a page can go away: `pagehide` (reload, close, navigation, also from the
 * back-forward cache), `beforeunload` (fires first in Electron when the window closes) and
 * `visibilitychange` to hidden (the last event a discarded or killed tab reliably gets).
 * Returns the function that stops listening.
 */
export function flushOnPageExit(pending: PendingSaves, page: PageExitEvents): () => void {
  const flush = () => void pending.flushAll();
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') flush();
  };
  page.window.addEventListener('pagehide', flush);
  page.window.addEventListener('beforeunload', flush);
  page.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    page.window.removeEventListener('pagehide', flush);
    page.window.removeEventListener('beforeunload', flush);
    page.document.removeEventListener('visibilitychange', onVisibility);
  };
}
