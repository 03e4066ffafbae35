import type { ExchangeFile } from '../schema';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether `offset` falls between the halves of a surrogate pair. */
const splits = (text: string, offset: number) =>
  offset > 0 &&
  offset < text.length &&
  isHigh(text.charCodeAt(offset - 1)) &&
  isLow(text.charCodeAt(offset));

/**
 * What the workbench needs of an imported file to show every document whole and anchor every
 * annotation, written the slow, obvious way (no code shared with the importer's checks), so a
 * fuzz test can hold the importer to it. Returns what is broken; empty when all holds.
 */
export function renderAnchorViolations(file: ExchangeFile): string[] {
  const out: string[] = [];
  const texts = new Map<string, string>();
  for (const d of file.documents) {
    if (d.text === undefined) continue;
    const text = d.text;
    texts.set(d.id, text);
    if (text.length !== d.charCount) out.push(`${d.id}: charCount`);
    const inside = (r: { start: number; end: number }) =>
      Number.isInteger(r.start) &&
      Number.isInteger(r.end) &&
      0 <= r.start &&
      r.start <= r.end &&
      r.end <= text.length;
    d.blocks.forEach((b, i) => {
      if (!inside(b)) out.push(`${d.id}: block ${i} outside the text`);
      if (splits(text, b.start) || splits(text, b.end))
        out.push(`${d.id}: block ${i} splits a pair`);
      for (let j = 0; j < i; j++) {
        const a = d.blocks[j]!;
        if (b.start < a.end) out.push(`${d.id}: block ${i} overlaps or precedes block ${j}`);
      }
    });
    for (let k = 0; k < text.length; k++) {
      if (/\s/.test(text[k]!)) continue;
      if (!d.blocks.some((b) => b.start <= k && k < b.end)) {
        out.push(`${d.id}: character ${k} is in no block, so it is never shown`);
        break;
      }
    }
    d.marks.forEach((m, i) => {
      if (!inside(m) || m.start === m.end) out.push(`${d.id}: mark ${i} empty or outside`);
      if (splits(text, m.start) || splits(text, m.end))
        out.push(`${d.id}: mark ${i} splits a pair`);
      if (!d.blocks.some((b) => b.start <= m.start && m.end <= b.end)) {
        out.push(`${d.id}: mark ${i} in no single block`);
      }
    });
  }
  const codeIds = new Set(file.codes.map((c) => c.id));
  for (const a of file.annotations) {
    const text = texts.get(a.documentId);
    if (!file.documents.some((d) => d.id === a.documentId)) out.push(`${a.id}: no document`);
    if (a.codeIds.some((id) => !codeIds.has(id))) out.push(`${a.id}: missing code`);
    if (text === undefined) continue;
    if (!(0 <= a.start && a.start < a.end && a.end <= text.length)) {
      out.push(`${a.id}: span outside the text`);
      continue;
    }
    if (splits(text, a.start) || splits(text, a.end)) out.push(`${a.id}: splits a pair`);
    if (text.slice(a.start, a.end) !== a.quote) out.push(`${a.id}: quote`);
    if (a.prefix.length > a.start || text.slice(a.start - a.prefix.length, a.start) !== a.prefix)
      out.push(`${a.id}: prefix`);
    if (text.slice(a.end, a.end + a.suffix.length) !== a.suffix) out.push(`${a.id}: suffix`);
  }
  return out;
}
