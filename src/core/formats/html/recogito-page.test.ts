// Reads the real recogito example in place (never copied, never printed).
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importW3c } from '../w3c/import-w3c';
import { htmlPageAdapter } from './html-page-adapter';
import { RECOGITO, squash } from './test-support/recogito-page';

const interop = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../../shared/interop/${name}`, import.meta.url)));

describe('the recogito example read in Node (the CLI path)', () => {
  it('extracts the text the browser gives and places all five annotations on it', async () => {
    let n = 0;
    const context = {
      fileName: RECOGITO.page,
      now: '2026-11-30T09:00:00.000Z',
      newId: () => `id-${++n}`,
    };
    const { snapshot } = await htmlPageAdapter.read!(interop(RECOGITO.page), context);
    const doc = snapshot.documents[0]!;
    expect(doc.contentHash).toBe(RECOGITO.textSha256);
    expect(doc.charCount).toBe(RECOGITO.textLength);
    const json = new TextDecoder().decode(interop(RECOGITO.annotations));
    const placed = importW3c(RECOGITO.annotations, json, { ...context, snapshot, coderId: 'me' });
    if (!placed.ok) throw new Error(placed.problems.join('\n'));
    expect(placed.orphans).toEqual([]);
    expect(placed.annotations.map((a) => [a.start, a.end])).toEqual(RECOGITO.spans);
    type Target = { selector: { type: string; exact?: string }[] };
    const exacts = (JSON.parse(json) as { target: Target | Target[] }[]).map((a) => {
      const target = Array.isArray(a.target) ? a.target[0] : a.target;
      return target?.selector.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
    });
    for (const [i, a] of placed.annotations.entries()) {
      expect(squash(doc.text!.slice(a.start, a.end))).toBe(squash(exacts[i] ?? ''));
      expect(a.documentId).toBe(doc.id);
    }
  });
});
