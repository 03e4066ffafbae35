import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportSnapshot } from '../../core/exchange/export';
import { parseExchangeFile } from '../../core/exchange/import';
import { edited, sampleSnapshot, withAnnotation } from '../../core/merge/test-support/snapshots';
import { forksArbitrary } from '../../core/merge/test-support/forks-arbitrary';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import { memoryIo } from '../test-support/memory-io';
import { mergeCommand } from './merge';

const T = '2026-12-01T10:00:00.000Z';
const fileOf = (s: ProjectSnapshot, name: string) =>
  exportSnapshot(s, { coderId: name, name }, { includeTexts: true }, T);

/** The output without the two lines allowed to differ between runs. */
const stable = (bytes: Uint8Array | undefined) =>
  new TextDecoder()
    .decode(bytes)
    .replace(/^ {2}"exportedAt": .*$/m, '')
    .replace(/^ {2}"exportedBy": \{[\s\S]*?^ {2}\},$/m, '');

async function mergeFiles(files: Record<string, string>, order: string[]) {
  const io = memoryIo(files);
  const code = await mergeCommand.run([...order, '-o', 'out.json'], io);
  return { code, io, out: io.files.get('out.json') };
}

const base = sampleSnapshot();
const a1 = base.annotations[0]!;
const ada = withAnnotation(base, edited(a1, 'ada', '2026-12-01T11:00:00.000Z', { memo: 'ada' }));
const bob = withAnnotation(base, edited(a1, 'bob', '2026-12-01T09:00:00.000Z', { memo: 'bob' }));

describe('marginalia merge', () => {
  it('writes the merged project, and reports each file and every conflict on stderr', async () => {
    const { code, io, out } = await mergeFiles(
      { 'ada.json': fileOf(ada, 'ada'), 'bob.json': fileOf(bob, 'bob') },
      ['ada.json', 'bob.json'],
    );
    expect(code).toBe(0);
    const parsed = parseExchangeFile('out.json', new TextDecoder().decode(out));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.data.annotations.find((a) => a.id === a1.id)?.memo).toBe('ada');
    expect(parsed.data.conflicts.map((c) => c.record.updatedBy)).toEqual(['bob']);
    expect(parsed.data.exportedBy).toEqual({ coderId: 'marginalia-cli', name: 'marginalia merge' });
    expect(io.err).toMatch(/Merged (ada|bob)\.json: .*1 in conflict/);
    expect(io.err).toContain(
      `conflict: annotation ${a1.id}: kept a version by bob (2026-12-01T09:00:00.000Z)`,
    );
    expect(io.err).toMatch(/Wrote out\.json: 2 annotations, 1 unresolved conflict\n$/);
  });

  it('merges a file whose code parents form a cycle, saying so on stderr', async () => {
    const [first, second] = base.codes;
    const moved: ProjectSnapshot = {
      ...base,
      codes: base.codes.map((c) =>
        c.id === first!.id
          ? { ...c, parentId: second!.id }
          : c.id === second!.id
            ? { ...c, parentId: first!.id }
            : c,
      ),
    };
    const { code, io } = await mergeFiles(
      { 'moved.json': fileOf(moved, 'ada'), 'bob.json': fileOf(bob, 'bob') },
      ['moved.json', 'bob.json'],
    );
    expect(code).toBe(0);
    expect(io.err).toMatch(/^moved\.json: Code parents form a cycle: /m);
  });

  it('property: the same files in any order give the same bytes, apart from exportedAt and exportedBy', async () => {
    await fc.assert(
      fc.asyncProperty(forksArbitrary(3, 10), fc.nat(5), async (forks, rotation) => {
        const files = Object.fromEntries(
          forks.map((f, i) => [`f${i}.json`, fileOf(f, `coder-${i}`)]),
        );
        const names = Object.keys(files);
        const orders = [
          names,
          [...names].reverse(),
          [...names.slice(rotation % 3), ...names.slice(0, rotation % 3)],
        ];
        const outs = await Promise.all(orders.map((order) => mergeFiles(files, order)));
        for (const o of outs) expect(o.code, o.io.err).toBe(0);
        // The merged file is sound: it reads back (references, offsets, code tree, conflicts).
        const back = parseExchangeFile('out.json', new TextDecoder().decode(outs[0]!.out));
        expect(back.ok ? [] : back.problems).toEqual([]);
        expect(stable(outs[1]!.out)).toBe(stable(outs[0]!.out));
        expect(stable(outs[2]!.out)).toBe(stable(outs[0]!.out));
      }),
      { numRuns: 25 },
    );
  });

  it('refuses a bad command line or an unreadable file with a message', async () => {
    const io = memoryIo({ 'a.json': '{"format": "marginalia-exchange", "version": 9}' });
    expect(await mergeCommand.run(['a.json'], io)).toBe(2);
    expect(io.err).toMatch(/expected -o OUT/);
    expect(await mergeCommand.run(['a.json', 'missing.json', '-o', 'x.json'], io)).toBe(1);
    expect(io.err).toMatch(/a\.json: not merged/);
    expect(io.files.has('x.json')).toBe(false);
  });
});
