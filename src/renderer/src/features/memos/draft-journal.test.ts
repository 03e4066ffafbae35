import { describe, expect, it } from 'vitest';
import { createDraftJournal, memoryKeyValueStorage, type MemoTarget } from './draft-journal';

const code: MemoTarget = { kind: 'code', id: 'c1', projectId: 'p1' };
const doc: MemoTarget = { kind: 'document', id: 'c1', projectId: 'p1' };

describe('draft journal', () => {
  it('keeps one draft per target, lists them oldest first and forgets on remove', () => {
    const storage = memoryKeyValueStorage();
    const journal = createDraftJournal(storage);
    journal.put({ target: doc, text: 'b', base: '', at: '2026-01-02T00:00:00Z' });
    journal.put({ target: code, text: 'a', base: '', at: '2026-01-01T00:00:00Z' });
    journal.put({ target: code, text: 'a2', base: '', at: '2026-01-03T00:00:00Z' });
    expect(journal.list().map((d) => d.text)).toEqual(['b', 'a2']);
    journal.remove(code);
    expect(journal.get(code)).toBeUndefined();
    expect(createDraftJournal(storage).get(doc)?.text).toBe('b');
  });

  it('ignores entries that are not drafts and survives a full storage', () => {
    const storage = memoryKeyValueStorage();
    storage.setItem('marginalia:memo-draft:p1:code:x', '{not json');
    storage.setItem('marginalia:memo-draft:p1:code:y', JSON.stringify({ text: 1 }));
    storage.setItem('other', 'value');
    const journal = createDraftJournal(storage);
    expect(journal.list()).toEqual([]);
    const full = {
      ...storage,
      length: 0,
      setItem: () => {
        throw new DOMException('', 'QuotaExceededError');
      },
    };
    expect(createDraftJournal(full).put({ target: code, text: 't', base: '', at: '' })).toBe(false);
  });
});
