import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Block, Mark } from '../model/types';
import { coverageProblems, rangeProblems } from './block-invariants';

const paragraph = (start: number, end: number): Block => ({ kind: 'paragraph', start, end });
const emphasis = (start: number, end: number): Mark => ({ kind: 'emphasis', start, end });

describe('rangeProblems', () => {
  it('finds nothing wrong with blocks that cover every non-whitespace character', () => {
    const text = '  One.\n\n Two 😀 .\n';
    expect(rangeProblems(text, [paragraph(2, 6), paragraph(9, 17)], [emphasis(13, 15)])).toEqual(
      [],
    );
    expect(rangeProblems(' \n\t', [], [])).toEqual([]);
  });

  it('says how much text no block covers, and where it starts', () => {
    expect(coverageProblems('One. Two.', [paragraph(0, 4)])).toEqual([
      { path: 'blocks', message: expect.stringMatching(/^4 characters .*the first at 5/) },
    ]);
    expect(coverageProblems('abc', [])).toEqual([
      { path: 'blocks', message: expect.stringMatching(/^3 characters .*the first at 0/) },
    ]);
  });

  it('names the field of each broken range', () => {
    const text = 'ab😀cd';
    const problems = rangeProblems(
      text,
      [paragraph(0, 3), paragraph(2, 9)],
      [emphasis(1, 1), emphasis(0, 2)],
    );
    expect(problems.map((p) => p.path)).toEqual([
      'blocks[0].end', // inside the emoji
      'blocks[1].end', // past the end
      'blocks[1].start', // overlaps block 0
      'marks[0]', // empty
      'marks[1].start', // before mark 0
    ]);
  });

  it('property: "not inside one block" agrees with checking every block', () => {
    const layout = fc
      .array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 8 })), { minLength: 1, maxLength: 8 })
      .map((gaps) => {
        let at = 0;
        return gaps.map(([gap, size]) => {
          const block = paragraph(at + gap, at + gap + size);
          at = block.end;
          return block;
        });
      });
    fc.assert(
      fc.property(layout, fc.nat({ max: 80 }), fc.nat({ max: 10 }), (blocks, start, size) => {
        const text = 'x'.repeat(100);
        const mark = emphasis(start, start + size + 1);
        const inOne = blocks.some((b) => b.start <= mark.start && mark.end <= b.end);
        const reported = rangeProblems(text, blocks, [mark]).some((p) =>
          /not inside one block/.test(p.message),
        );
        expect(reported).toBe(!inOne);
      }),
      { seed: 8, numRuns: 500 },
    );
  });
});
