import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteContext } from '../anchoring/quote-context';
import { buildTree, preorder } from '../codebook/code-tree';
import { MAX_CODE_DEPTH } from '../codebook/parent-chains';
import { parseMarkdown } from '../corpus/markdown';
import { parsePlainText } from '../corpus/plain-text';
import type { Annotation, Code } from '../model/types';
import { exportProject } from './export';
import { parseExchangeFile } from './import';
import { renderAnchorViolations } from './test-support/render-anchor-oracle';
import { sampleProject } from './test-support/sample-project';

const NOW = '2026-11-24T12:00:00.000Z';

/** A sound file with a plain-text and a Markdown document, emoji, marks, nested codes. */
function baseFile(): string {
  const sample = sampleProject();
  const template = sample.documents[0]!;
  const plain = 'First paragraph 👍🏽 with emoji.\n\n\tSecond, tab-indented.\n\n中文 third 😀.';
  const md = parseMarkdown(
    '# Title\n\nSome *emphasis* and **strong** 👩‍👩‍👧.\n\n- item one\n- item 😀 two\n',
  );
  const documents = [
    { ...template, id: 'd1', text: plain, ...parsePlainText(plain), charCount: plain.length },
    { ...template, id: 'd2', format: 'md' as const, ...md, charCount: md.text.length },
  ];
  const code = sample.codes[0]!;
  const codes: Code[] = ['k0', 'k1', 'k2', 'k3'].map((id, i) => ({
    ...code,
    id,
    name: `code ${i}`,
    hotkey: null,
    parentId: i === 0 ? null : `k${i - 1}`,
  }));
  const annotations: Annotation[] = [];
  for (const doc of documents) {
    for (const [start, end] of [
      [0, 5],
      [6, 18],
      [doc.text.length - 8, doc.text.length],
    ] as const) {
      annotations.push({
        ...sample.annotations[0]!,
        id: `a${annotations.length}`,
        documentId: doc.id,
        start,
        end,
        ...quoteContext(doc.text, start, end),
        codeIds: [`k${annotations.length % 4}`],
      });
    }
  }
  return exportProject({ ...sample, documents, codes, annotations }, { includeTexts: true }, NOW);
}

/** One small change a damaged or hostile file might have. */
const mutation = fc.record({
  target: fc.constantFrom(
    'block',
    'mark',
    'annotation',
    'context',
    'text',
    'blocks',
    'marks',
    'parent',
    'charCount',
  ),
  which: fc.nat(),
  field: fc.constantFrom('start', 'end'),
  delta: fc.integer({ min: -3, max: 3 }),
  at: fc.nat(),
  insert: fc.constantFrom('x', ' ', '\n', '😀', '\uDC00', ''),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations poke at arbitrary JSON
function mutate(json: any, m: Mutation): void {
  const doc = json.documents[m.which % json.documents.length];
  const pick = <T>(list: T[]): T | undefined => list[m.at % Math.max(1, list.length)];
  switch (m.target) {
    case 'block':
    case 'mark': {
      const range = pick<Record<'start' | 'end', number>>(
        m.target === 'block' ? doc.blocks : doc.marks,
      );
      if (range) range[m.field] = Math.max(0, range[m.field] + m.delta);
      break;
    }
    case 'annotation': {
      const a = json.annotations[m.which % json.annotations.length];
      a[m.field] = Math.max(0, a[m.field] + m.delta);
      break;
    }
    case 'context': {
      const a = json.annotations[m.which % json.annotations.length];
      const key = (['quote', 'prefix', 'suffix'] as const)[m.at % 3]!;
      a[key] = m.delta < 0 ? a[key].slice(0, m.delta) : a[key] + m.insert;
      break;
    }
    case 'text': {
      const at = m.at % (doc.text.length + 1);
      doc.text = doc.text.slice(0, at) + m.insert + doc.text.slice(at + (m.delta > 0 ? 1 : 0));
      if (m.delta >= 0) doc.charCount = doc.text.length;
      break;
    }
    case 'blocks':
      if (m.delta < -1) doc.blocks = [];
      else if (m.delta < 1) doc.blocks.splice(m.at % Math.max(1, doc.blocks.length), 1);
      else doc.blocks.reverse();
      break;
    case 'marks':
      doc.marks.push({
        kind: 'emphasis',
        start: m.at % 40,
        end: (m.at % 40) + Math.max(0, m.delta),
      });
      break;
    case 'parent': {
      const code = json.codes[m.which % json.codes.length];
      code.parentId = pick(json.codes as { id: string }[])?.id ?? null;
      break;
    }
    case 'charCount':
      doc.charCount += m.delta;
      break;
  }
}

describe('mutation fuzz of the exchange import', () => {
  it('every file it accepts can be shown whole and anchored (2,000 mutants, fixed seed)', () => {
    const base = baseFile();
    const baseResult = parseExchangeFile('base.json', base);
    expect(baseResult.ok).toBe(true);
    const counts = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const json = JSON.parse(base);
        for (const m of mutations) mutate(json, m);
        const result = parseExchangeFile('mutant.json', JSON.stringify(json));
        if (!result.ok) {
          counts.refused++;
          for (const p of result.problems) expect(p.message.length).toBeLessThan(300);
          return;
        }
        counts.accepted++;
        expect(renderAnchorViolations(result.data)).toEqual([]);
        const tree = preorder(buildTree(result.data.codes));
        expect(tree).toHaveLength(result.data.codes.filter((c) => !c.deleted).length);
        expect(Math.max(0, ...tree.map((n) => n.depth))).toBeLessThan(MAX_CODE_DEPTH);
      }),
      { seed: 20261130, numRuns: 2_000 },
    );
    // Not a vacuous run: mutants of both kinds were seen.
    expect(counts.accepted).toBeGreaterThan(100);
    expect(counts.refused).toBeGreaterThan(100);
  });
});
