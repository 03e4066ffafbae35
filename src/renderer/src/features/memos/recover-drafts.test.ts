import { describe, expect, it } from 'vitest';
import {
  createDraftJournal,
  memoryKeyValueStorage,
  type MemoDraft,
  type MemoTarget,
} from './draft-journal';
import { recoverMemoDrafts, type MemoRecoveryHost } from './recover-drafts';

function draft(target: MemoTarget, text: string, base: string, at: string): MemoDraft {
  return { target, text, base, at };
}

function host(memos: Record<string, string>, annotations: string[]) {
  const saved: [string, string][] = [];
  const shown: string[] = [];
  const notices: { kind: string; title: string; details: string[] }[] = [];
  const api: MemoRecoveryHost = {
    projectId: () => 'p1',
    storedMemo: (t) => memos[t.id],
    saveMemo: async (t, text) => void saved.push([t.id, text]),
    showAnnotation: async (_doc, id) => {
      if (!annotations.includes(id)) return false;
      shown.push(id);
      return true;
    },
    notify: (kind, title, details) => void notices.push({ kind, title, details }),
  };
  return { api, saved, shown, notices };
}

describe('recoverMemoDrafts', () => {
  it('writes drafts typed over the stored memo, opens the newest annotation, keeps other projects', async () => {
    const journal = createDraftJournal(memoryKeyValueStorage());
    journal.put(draft({ kind: 'document', id: 'd1', projectId: 'p1' }, 'doc memo', '', '1'));
    journal.put(draft({ kind: 'code', id: 'c1', projectId: 'p1' }, 'same', 'x', '2'));
    journal.put(
      draft({ kind: 'annotation', id: 'a1', projectId: 'p1', documentId: 'd1' }, 'ann', '', '3'),
    );
    journal.put(draft({ kind: 'code', id: 'c9', projectId: 'p2' }, 'elsewhere', '', '4'));
    const h = host({ d1: '', c1: 'same' }, ['a1']);
    await recoverMemoDrafts(journal, h.api);
    expect(h.saved).toEqual([['d1', 'doc memo']]);
    expect(h.shown).toEqual(['a1']);
    // The annotation's own field takes its draft from the journal, so it stays until written.
    expect(journal.list().map((d) => d.target.id)).toEqual(['a1', 'c9']);
    expect(h.notices).toHaveLength(1);
    expect(h.notices[0]?.details.join('\n')).toContain('doc memo');
  });

  it('never overwrites a memo changed since, and shows the text instead of dropping it', async () => {
    const journal = createDraftJournal(memoryKeyValueStorage());
    journal.put(draft({ kind: 'code', id: 'c1', projectId: 'p1' }, 'mine', 'old', '1'));
    journal.put(
      draft(
        { kind: 'annotation', id: 'gone', projectId: 'p1', documentId: 'd1' },
        'lost?',
        '',
        '2',
      ),
    );
    const h = host({ c1: 'theirs' }, []);
    await recoverMemoDrafts(journal, h.api);
    expect(h.saved).toEqual([]);
    expect(h.notices).toEqual([
      expect.objectContaining({
        kind: 'warning',
        details: [expect.stringContaining('mine'), expect.stringContaining('lost?')],
      }),
    ]);
    expect(journal.list()).toEqual([]);
  });
});
