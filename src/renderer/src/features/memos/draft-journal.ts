/** What a memo belongs to: enough to find the record again after a reload. */
export interface MemoTarget {
  kind: 'annotation' | 'document' | 'code';
  id: string;
  projectId: string;
  /** The document an annotation is on (annotations are loaded per document). */
  documentId?: string;
}

/** Memo text typed but not yet confirmed written, and the stored text it was typed over. */
export interface MemoDraft {
  target: MemoTarget;
  text: string;
  /** The memo as stored when typing began: recovery writes the draft only over this text. */
  base: string;
  /** When the draft was last changed (ISO time), for messages. */
  at: string;
}

/** The part of the Web Storage API the journal uses (localStorage, or a map in tests). */
export type KeyValueStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'
>;

/**
 * A synchronous journal of unsaved memo text. IndexedDB writes are asynchronous and a page that
 * is closing or reloading does not wait for them; a `localStorage` write is done when the call
 * returns. So every keystroke's draft lands here first and leaves only once the database has
 * confirmed the memo: a reload, a crash or a failed write (quota) loses nothing.
 */
export interface DraftJournal {
  /** Records (or replaces) a draft; false when even the journal could not be written. */
  put(draft: MemoDraft): boolean;
  /** Forgets the draft for a target (its text is now stored). */
  remove(target: MemoTarget): void;
  /** The draft for a target, if any. */
  get(target: MemoTarget): MemoDraft | undefined;
  /** Every draft, oldest first. */
  list(): MemoDraft[];
}

const PREFIX = 'marginalia:memo-draft:';

function keyOf(target: MemoTarget): string {
  return `${PREFIX}${target.projectId}:${target.kind}:${target.id}`;
}

function parse(raw: string | null): MemoDraft | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<MemoDraft> | null;
    const target = value?.target;
    if (
      typeof value?.text !== 'string' ||
      typeof value.base !== 'string' ||
      typeof target?.id !== 'string' ||
      typeof target.projectId !== 'string' ||
      !['annotation', 'document', 'code'].includes(target.kind as string)
    )
      return undefined;
    return { target, text: value.text, base: value.base, at: String(value.at ?? '') };
  } catch {
    return undefined;
  }
}

/** Builds the journal over a key-value storage (`window.localStorage` in the app). */
export function createDraftJournal(storage: KeyValueStorage): DraftJournal {
  return {
    put(draft) {
      try {
        storage.setItem(keyOf(draft.target), JSON.stringify(draft));
        return true;
      } catch {
        // Quota or storage disabled: the field still shows the text as unsaved.
        return false;
      }
    },
    remove(target) {
      try {
        storage.removeItem(keyOf(target));
      } catch {
        // Nothing to do: a stale draft is recovered harmlessly (its text equals the stored one).
      }
    },
    get(target) {
      return parse(storage.getItem(keyOf(target)));
    },
    list() {
      const drafts: MemoDraft[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        const draft = parse(storage.getItem(key));
        if (draft) drafts.push(draft);
      }
      return drafts.sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}

/** A key-value storage in memory: for tests, and where `localStorage` is unavailable. */
export function memoryKeyValueStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}
