import { createContext, useContext } from 'react';
import { createDraftJournal, memoryKeyValueStorage, type DraftJournal } from './draft-journal';
import { createPendingSaves, flushOnPageExit, type PendingSaves } from './pending-saves';

/** What memo fields share: the journal of unsaved text and the registry of pending saves. */
export interface MemoSafety {
  journal: DraftJournal;
  pending: PendingSaves;
  /**
   * A field closed (its dialog or annotation went away) while its last write failed: the text is
   * journalled, but nothing on screen says so any more, so the user is told here.
   */
  reportUnsaved(text: string, reason: string): void;
}

/**
 * Builds the memo safety services for a page: the journal in `localStorage` (in memory where
 * that is unavailable) and pending saves flushed on every page exit. The composition root makes
 * one and hands it to the fields through `MemoSafetyContext`.
 */
export function createMemoSafety(
  reportUnsaved: MemoSafety['reportUnsaved'],
  page: Window = window,
): MemoSafety {
  let storage;
  try {
    storage = page.localStorage;
  } catch {
    // Storage disabled by policy: drafts then survive only as long as the page.
    storage = memoryKeyValueStorage();
  }
  const pending = createPendingSaves();
  flushOnPageExit(pending, { window: page, document: page.document });
  return { journal: createDraftJournal(storage), pending, reportUnsaved };
}

/** Carries the composition root's memo safety services to memo fields. */
export const MemoSafetyContext = createContext<MemoSafety | null>(null);

let fallback: MemoSafety | null = null;

/**
 * The memo safety services. A field rendered without the provider (a test, a new screen) still
 * journals and flushes on page exit rather than silently losing text, so it falls back to one
 * page-wide instance instead of throwing.
 */
export function useMemoSafety(): MemoSafety {
  const provided = useContext(MemoSafetyContext);
  if (provided) return provided;
  fallback ??= createMemoSafety((text, reason) =>
    console.error(`Memo not saved (${reason}); kept in local storage: ${text}`),
  );
  return fallback;
}
