import { describe, expect, it } from 'vitest';
import { formatIssuePath } from './issue-path';

describe('formatIssuePath', () => {
  it('writes JSON paths people can read', () => {
    expect(formatIssuePath([])).toBe('');
    expect(formatIssuePath(['annotations', 3, 'start'])).toBe('annotations[3].start');
    expect(formatIssuePath(['documents', 0, 'blocks', 2, 'end'])).toBe(
      'documents[0].blocks[2].end',
    );
    expect(formatIssuePath(['project', 'odd key'])).toBe('project["odd key"]');
    expect(formatIssuePath([Symbol('s')])).toBe('["Symbol(s)"]');
  });
});
