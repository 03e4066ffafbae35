import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { created } from '../../model/stamp';
import type { ProjectSnapshot } from '../../model/snapshot';
import { importW3c } from './import-w3c';

/** Browser commands resolve paths from the project root. */
const INTEROP = '../shared/interop';

/**
 * The text recogito's positions count: the content element's text, skipping every element
 * marked `not-annotatable` (its README says so). Extracted here until HTML ingest exists.
 */
function annotatableText(html: string): string {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const content = page.getElementById('content');
  if (!content) throw new Error('the page has no #content element');
  let text = '';
  const walker = page.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.not-annotatable')) continue;
    text += node.nodeValue ?? '';
  }
  return text;
}

describe('the recogito text-annotator example', () => {
  it('places all five annotations on the page text, the quote winning where positions disagree', async () => {
    const html = await commands.readFile(
      `${INTEROP}/recogito-textannotator-odyssey-page-354b46b.html`,
    );
    const json = await commands.readFile(`${INTEROP}/recogito-textannotator-odyssey.w3c.json`);
    const text = annotatableText(html);
    const t0 = '2026-11-30T09:00:00.000Z';
    const snapshot: ProjectSnapshot = {
      project: { id: 'p', name: 'Odyssey', memo: '', ...created('me', t0) },
      coders: [],
      documents: [
        {
          id: 'odyssey',
          projectId: 'p',
          name: 'odyssey.html',
          format: 'txt',
          text,
          blocks: [],
          marks: [],
          contentHash: 'f'.repeat(64),
          byteSize: text.length,
          charCount: text.length,
          encoding: 'utf-8',
          encodingFallback: false,
          importedAt: t0,
          memo: '',
          ...created('me', t0),
        },
      ],
      codes: [],
      annotations: [],
      purged: [],
    };
    let n = 0;
    const result = importW3c('recogito.w3c.json', json, {
      snapshot,
      coderId: 'me',
      now: t0,
      newId: () => `id-${++n}`,
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.orphans).toEqual([]);
    expect(result.annotations).toHaveLength(5);
    type Target = { selector: { type: string; exact?: string }[] };
    const exacts = (JSON.parse(json) as { target: Target | Target[] }[]).map((a) => {
      const target = Array.isArray(a.target) ? a.target[0] : a.target;
      return target?.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
    });
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const [i, a] of result.annotations.entries()) {
      expect(squash(text.slice(a.start, a.end))).toBe(squash(exacts[i] ?? ''));
    }
    // Every distinct creator becomes a coder.
    const creators = new Set(
      (JSON.parse(json) as { creator?: { id?: string } }[]).map((a) => a.creator?.id),
    );
    expect(result.coders).toHaveLength(creators.size);
  });
});
