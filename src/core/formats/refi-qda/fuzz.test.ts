import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../../model/snapshot';
import { exportQdpx } from './export-qdpx';
import { importRefiQda } from './import-refi';
import { RefiQdaError } from './refi-error';
import { sampleSnapshot } from './test-support/sample-snapshot';
import { writeQdc } from './write-qdc';
import { writeQde } from './write-qde';

const options = { now: '2026-11-30T00:00:00.000Z', newId: () => crypto.randomUUID() };
const snapshot = sampleSnapshot();
const qde = strToU8(writeQde(snapshot).qde);
const sources = writeQde(snapshot).sources;
const bases = {
  qdpx: exportQdpx(snapshot).bytes,
  qde,
  qdc: strToU8(writeQdc(snapshot)),
};

/** One edit to a byte string, positions given as fractions of its length. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    bytes: fc.uint8Array({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    kind: fc.constant('text' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    text: fc.constantFrom(
      '<',
      '>',
      '"',
      '&',
      '&amp;',
      '&#0;',
      '<!DOCTYPE x>',
      '99999999999',
      '-1',
      '</Project>',
      '<Code guid="x" name="" isCodable="true"/>',
      ' startPosition="5" endPosition="2"',
      'internal://../x',
      '\uFEFF',
    ),
  }),
);
/** An attribute value replaced, so the XML stays well formed and the reader itself is probed. */
const attributeEdit = fc.record({
  kind: fc.constant('attribute' as const),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  value: fc.constantFrom(
    '',
    '-1',
    '0',
    '7',
    '999999999',
    'x',
    'false',
    '#12',
    '#GGGGGG',
    'internal://missing.txt',
    '{018F3A10-0000-7000-8000-0000000000C1}',
    '018f3a10-0000-7000-8000-0000000000d1',
    '018f3a10-0000-7000-8000-000000000a01',
  ),
});
const edit = fc.oneof(mutation, attributeEdit, attributeEdit);
type Mutation = typeof edit extends fc.Arbitrary<infer M> ? M : never;

function mutate(bytes: Uint8Array, edits: Mutation[]): Uint8Array {
  let out = bytes;
  for (const edit of edits) {
    const at = Math.floor(edit.at * out.length);
    const before = out.subarray(0, at);
    switch (edit.kind) {
      case 'flip':
        out = out.slice();
        if (at < out.length) out[at] = edit.value;
        break;
      case 'cut':
        out = before;
        break;
      case 'insert':
        out = concat(before, edit.bytes, out.subarray(at));
        break;
      case 'delete':
        out = concat(before, out.subarray(at + edit.length));
        break;
      case 'text':
        out = concat(before, strToU8(edit.text), out.subarray(at));
        break;
      case 'attribute': {
        const xml = new TextDecoder().decode(out);
        const values = [...xml.matchAll(/="[^"]*"/g)];
        const hit = values[Math.floor(edit.at * values.length)];
        if (hit?.index === undefined) break;
        const end = hit.index + hit[0].length;
        out = strToU8(`${xml.slice(0, hit.index)}="${edit.value}"${xml.slice(end)}`);
        break;
      }
    }
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** What every imported snapshot must satisfy, however odd its input. */
function assertSound(s: ProjectSnapshot) {
  const docs = new Map(s.documents.map((d) => [d.id, d]));
  const codes = new Set(s.codes.map((c) => c.id));
  const ids = [...s.documents, ...s.codes, ...s.annotations].map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const c of s.codes) if (c.parentId !== null) expect(codes.has(c.parentId)).toBe(true);
  for (const a of s.annotations) {
    const text = docs.get(a.documentId)?.text ?? '';
    expect(0 <= a.start && a.start < a.end && a.end <= text.length).toBe(true);
    expect(text.slice(a.start, a.end)).toBe(a.quote);
    for (const id of a.codeIds) expect(codes.has(id)).toBe(true);
  }
}

describe('fuzzed REFI-QDA input', () => {
  it('10,000 mutated archives and documents: a clean refusal or a sound snapshot, never a crash', async () => {
    const outcomes = { imported: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('qdpx', 'qde', 'qdc', 'zipped-qde'),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        async (base, edits) => {
          // Mutating the XML before zipping reaches the reader; mutating the zip tests unpacking.
          const bytes =
            base === 'zipped-qde'
              ? zipSync({
                  'project.qde': mutate(qde, edits),
                  ...Object.fromEntries([...sources].map(([p, t]) => [p, strToU8(t)])),
                })
              : mutate(bases[base], edits);
          try {
            const { snapshot: s } = await importRefiQda(bytes, 'fuzz.qdpx', options);
            assertSound(s);
            outcomes.imported++;
          } catch (e) {
            if (!(e instanceof RefiQdaError)) throw e;
            expect(e.message.startsWith('fuzz.qdpx: ')).toBe(true);
            outcomes.refused++;
          }
        },
      ),
      { numRuns: 10_000, seed: 20261130 },
    );
    // Both paths were exercised, so the property says something about each.
    expect(outcomes.imported).toBeGreaterThan(1000);
    expect(outcomes.refused).toBeGreaterThan(1000);
  }, 60_000);
});
