import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../model/snapshot';
import { smallProject, testAnnotation, testCode } from '../test-support/small-project';
import { alignToProject } from './align-to-project';
import { normalizeForMatching, toNormalized, toRaw } from './normalized-text';

/** The small project as another tool would export it: new ids, CRLF-free but padded lines. */
function otherExport(local: ProjectSnapshot): ProjectSnapshot {
  const doc = local.documents[0];
  if (!doc?.text) throw new Error('small project has a text');
  // Trailing spaces on the first line and two final line breaks: offsets after line 1 shift.
  const text = doc.text.replace('\n', '   \n') + '\n\n';
  const at = (s: string) => text.indexOf(s);
  return {
    ...local,
    project: { ...local.project, id: 'p-other' },
    coders: [
      { id: 'ADA-2', name: 'ada', createdAt: local.coders[0]?.createdAt ?? '' },
      { id: 'BO-2', name: 'Bo, "the second"', createdAt: local.coders[0]?.createdAt ?? '' },
    ],
    documents: [{ ...doc, id: 'd-other', text, contentHash: '1'.repeat(64) }],
    codes: [
      testCode('k1', 'actors', null, { createdBy: 'ADA-2' }),
      testCode('k2', 'Council', 'k1', { createdBy: 'ADA-2' }),
      testCode('k3', 'Tone', null, { createdBy: 'ADA-2' }),
      testCode('k4', 'New theme', 'k1', { createdBy: 'ADA-2' }),
    ],
    annotations: [
      // a1 again, plus a code the project does not have there.
      testAnnotation('x1', 'd-other', text, at('Council'), at('Council') + 12, ['k2', 'k3', 'k4'], {
        createdBy: 'ADA-2',
        updatedBy: 'ADA-2',
        memo: 'memo, with comma',
      }),
      // a2 exactly (Bo).
      testAnnotation('x2', 'd-other', text, at('line'), at('line') + 4, ['k1'], {
        createdBy: 'BO-2',
        updatedBy: 'BO-2',
      }),
      // Ada coded Bo's span too: a second coder's coding is kept.
      testAnnotation('x3', 'd-other', text, at('line'), at('line') + 4, ['k1'], {
        createdBy: 'ADA-2',
        updatedBy: 'ADA-2',
      }),
    ],
  };
}

describe('alignToProject', () => {
  it('matches documents by normalized text and moves offsets onto the project text', () => {
    const local = smallProject();
    const { incoming, report } = alignToProject(local, otherExport(local));
    expect(report.documents).toEqual([
      { incomingId: 'd-other', localId: 'd1', by: 'normalized-text' },
    ]);
    expect(incoming.documents).toEqual([]);
    expect(report.coders).toBe(2);
    expect(incoming.coders).toEqual([]);
    expect(report.codes).toBe(3);
    expect(incoming.codes.map((c) => [c.id, c.parentId, c.createdBy])).toEqual([
      ['k4', 'c1', 'ada'],
    ]);
    // x2 is a2: dropped. x1 keeps only the code the project lacks; x3 is another coder's.
    expect(report.annotations).toBe(1);
    expect(report.codings).toBe(2);
    const text = local.documents[0]?.text ?? '';
    expect(incoming.annotations.map((a) => [a.id, a.codeIds, a.createdBy, a.quote])).toEqual([
      ['x1', ['k4'], 'ada', 'Council café'],
      ['x3', ['c1'], 'ada', 'line'],
    ]);
    for (const a of incoming.annotations) {
      expect(a.documentId).toBe('d1');
      expect(text.slice(a.start, a.end)).toBe(a.quote);
    }
  });

  it('leaves a file of the project itself alone, and a different text unmatched', () => {
    const local = smallProject();
    expect(alignToProject(local, local).incoming.annotations).toEqual(local.annotations);
    const other = otherExport(local);
    const changed = {
      ...other,
      documents: other.documents.map((d) => ({ ...d, text: `${d.text ?? ''}More words.` })),
    };
    const { incoming, report } = alignToProject(local, changed);
    expect(report.documents).toEqual([]);
    expect(incoming.documents).toHaveLength(1);
    expect(incoming.annotations.every((a) => a.documentId === 'd-other')).toBe(true);
  });

  it('keeps an annotation without codes that the project does not have', () => {
    const local = smallProject();
    const text = local.documents[0]?.text ?? '';
    const bare = testAnnotation('bare', 'd1', text, 0, 5, [], { createdBy: 'ada' });
    const { incoming, report } = alignToProject(local, { ...local, annotations: [bare] });
    expect(incoming.annotations.map((a) => a.id)).toEqual(['bare']);
    expect(report.annotations).toBe(0);
  });
});

describe('normalizeForMatching', () => {
  it('drops a BOM, CR, spaces before line ends and the final whitespace, keeping where each character was', () => {
    const raw = '\uFEFFab  \r\ncd\t\r\n\r\n';
    const n = normalizeForMatching(raw);
    expect(n.text).toBe('ab\ncd');
    expect([...n.rawIndex]).toEqual([1, 2, 6, 7, 8]);
    expect(toNormalized(n, raw.indexOf('cd'))).toBe(3);
    expect(toNormalized(n, raw.length)).toBe(5);
    expect(toRaw(n, 3, 'start')).toBe(7);
    expect(toRaw(n, 2, 'end')).toBe(3); // after "b", not after its trailing spaces
    expect(toRaw(n, 5, 'end')).toBe(9);
    expect(normalizeForMatching('a\rb').text).toBe('a\nb');
  });
});
