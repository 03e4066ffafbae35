import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { htmlText } from '../../corpus/html-text';
import { domHtmlText } from '../../corpus/test-support/dom-html-text';
import { created } from '../../model/stamp';
import type { ProjectSnapshot } from '../../model/snapshot';
import { sha256Hex } from '../../text/hash';
import { RECOGITO, squash } from '../html/test-support/recogito-page';
import { importW3c } from './import-w3c';

/** Browser commands resolve paths from the project root. */
const INTEROP = '../shared/interop';

function onePageProject(text: string): ProjectSnapshot {
  const t0 = '2026-11-30T09:00:00.000Z';
  return {
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
}

describe('the recogito text-annotator example', () => {
  it('places all five annotations on the page text, the DOM and the CLI (parse5) agreeing', async () => {
    const html = await commands.readFile(`${INTEROP}/${RECOGITO.page}`);
    const json = await commands.readFile(`${INTEROP}/${RECOGITO.annotations}`);
    const text = domHtmlText(html);
    // The CLI's extraction, run here in Chromium, gives the browser's text to the character,
    // and both give the text the Node test pins down.
    const cli = htmlText(html);
    expect(cli.ok && cli.text === text).toBe(true);
    expect(await sha256Hex(text)).toBe(RECOGITO.textSha256);

    let n = 0;
    const result = importW3c('recogito.w3c.json', json, {
      snapshot: onePageProject(text),
      coderId: 'me',
      now: '2026-11-30T09:00:00.000Z',
      newId: () => `id-${++n}`,
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.orphans).toEqual([]);
    expect(result.annotations.map((a) => [a.start, a.end])).toEqual(RECOGITO.spans);
    type Target = { selector: { type: string; exact?: string }[] };
    const exacts = (JSON.parse(json) as { target: Target | Target[] }[]).map((a) => {
      const target = Array.isArray(a.target) ? a.target[0] : a.target;
      return target?.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
    });
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
