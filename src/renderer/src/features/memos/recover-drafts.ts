import type { DraftJournal, MemoDraft, MemoTarget } from './draft-journal';

/** What recovering memo drafts needs from the workbench (kept narrow so it is tested alone). */
export interface MemoRecoveryHost {
  /** The open project, whose drafts are recovered now (others wait until it is opened). */
  projectId(): string | null;
  /** The stored memo of a document or code of the open project; undefined when it is gone. */
  storedMemo(target: MemoTarget): string | undefined;
  /** Writes the memo of a document or code. */
  saveMemo(target: MemoTarget, text: string): Promise<void>;
  /**
   * Opens an annotation's document and selects it, so its memo field mounts and takes the draft
   * back as unsaved text; false when the annotation is gone.
   */
  showAnnotation(documentId: string, annotationId: string): Promise<boolean>;
  notify(kind: 'info' | 'warning', title: string, details: string[]): void;
}

/** A draft as a notice line: the text itself, so the user can still copy it. */
function line(draft: MemoDraft): string {
  return `${draft.target.kind} memo: “${draft.text}”`;
}

/**
 * Brings back memo text that was typed but not confirmed written before the page went away
 * (reload, crash, a failed write). A document or code memo is written again when the stored memo
 * is still the one it was typed over; an annotation is opened so its field shows the text as
 * unsaved and writes it. Text that can no longer be placed (the record gone, or changed since by
 * someone else) is shown in a notice instead of being dropped silently.
 */
export async function recoverMemoDrafts(
  journal: DraftJournal,
  host: MemoRecoveryHost,
): Promise<void> {
  const projectId = host.projectId();
  if (!projectId) return;
  const drafts = journal.list().filter((d) => d.target.projectId === projectId);
  const recovered: MemoDraft[] = [];
  const stranded: MemoDraft[] = [];
  const annotations: MemoDraft[] = [];
  for (const draft of drafts) {
    if (draft.target.kind === 'annotation') {
      annotations.push(draft);
      continue;
    }
    const stored = host.storedMemo(draft.target);
    if (stored === draft.text) {
      journal.remove(draft.target);
    } else if (stored === undefined || stored !== draft.base) {
      stranded.push(draft);
      journal.remove(draft.target);
    } else {
      try {
        await host.saveMemo(draft.target, draft.text);
        journal.remove(draft.target);
        recovered.push(draft);
      } catch {
        stranded.push(draft);
      }
    }
  }
  // The newest annotation draft is opened; its field writes it. Older ones wait in the journal
  // until their annotation is opened, and the notice says so.
  const latest = annotations.at(-1);
  const waiting = annotations.slice(0, -1);
  if (latest) {
    const { documentId, id } = latest.target;
    const shown = documentId ? await host.showAnnotation(documentId, id) : false;
    if (shown) recovered.push(latest);
    else {
      stranded.push(latest);
      journal.remove(latest.target);
    }
  }
  if (recovered.length > 0 || waiting.length > 0)
    host.notify(
      'info',
      `Recovered ${recovered.length + waiting.length} memo${recovered.length + waiting.length === 1 ? '' : 's'} not saved before the app closed`,
      [
        ...recovered.map(line),
        ...waiting.map((d) => `${line(d)} (written when you open its annotation)`),
      ],
    );
  if (stranded.length > 0)
    host.notify(
      'warning',
      'Memo text that could not be put back (its record was deleted or changed since); copy it from here',
      stranded.map(line),
    );
}
