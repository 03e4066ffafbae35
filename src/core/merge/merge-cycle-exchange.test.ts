import { describe, expect, it } from 'vitest';
import { moveCode } from '../codebook/move-code';
import { parentCycles } from '../codebook/parent-cycles';
import { exportSnapshot, parseExchangeFile } from '../exchange';
import { canonicalJson, withRevision } from '../model/revision';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Code } from '../model/types';
import { mergeSnapshots } from './merge-snapshots';
import { edited, sampleSnapshot } from './test-support/snapshots';

const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-02T10:00:00.000Z';

const merge = (a: ProjectSnapshot, b: ProjectSnapshot) => mergeSnapshots(a, b).snapshot;
const form = (s: ProjectSnapshot) =>
  canonicalJson({ ...s, conflicts: (s.conflicts ?? []).map((c) => canonicalJson(c)).sort() });

/** What a teammate gets: the snapshot exported by `name`, read back as the workbench reads it. */
function exchanged(s: ProjectSnapshot, name: string, now: string): ProjectSnapshot {
  const text = exportSnapshot(s, { coderId: name, name }, { includeTexts: true }, now);
  const read = parseExchangeFile(`${name}.marginalia.json`, text);
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
  const { format: _f, version: _v, exportedAt: _at, exportedBy: _by, ...data } = read.data;
  return { ...data, purged: data.purged ?? [], conflicts: data.conflicts ?? [] };
}

/** `s` with code `id` moved by `coder` (as the codebook panel's move stamps it). */
function withCode(s: ProjectSnapshot, id: string, coder: string, change: Partial<Code>) {
  return { ...s, codes: s.codes.map((c) => (c.id === id ? edited(c, coder, T1, change) : c)) };
}

describe('two coders move codes under each other, then keep exchanging files', () => {
  // Harm (c1) and Silence (c3) are top-level codes. Ada moves Harm under Silence while Ben
  // moves Silence under Harm: the merge keeps both moves (a parent cycle), and the next export
  // of either must still be readable and mergeable by the other (it was refused before).
  const base = sampleSnapshot();
  const ada = withCode(base, 'c1', 'coder-a', { parentId: 'c3' });
  const ben = withCode(base, 'c3', 'coder-b', { parentId: 'c1' });

  it('the merged exports are read with a warning and merge again both ways to one project', () => {
    const adaMerged = merge(ada, exchanged(ben, 'Ben', T1));
    const benMerged = merge(ben, exchanged(ada, 'Ada', T1));
    expect(form(adaMerged)).toBe(form(benMerged));
    expect(parentCycles(adaMerged.codes)).toEqual([{ ids: ['c1', 'c3'], cut: 'c1' }]);

    const text = exportSnapshot(
      adaMerged,
      { coderId: 'coder-a', name: 'Ada' },
      { includeTexts: true },
      T2,
    );
    const read = parseExchangeFile('Ada.marginalia.json', text);
    expect(read.ok).toBe(true);
    if (read.ok)
      expect(read.warnings.map((w) => w.message)).toEqual([
        expect.stringMatching(/^Code parents form a cycle: Harm → Silence → Harm/),
      ]);

    // The merged file again, into each side's own copy and into the merged copies: one project.
    const adaAgain = merge(adaMerged, exchanged(benMerged, 'Ben', T2));
    const benAgain = merge(benMerged, exchanged(adaMerged, 'Ada', T2));
    const benFromOld = merge(ben, exchanged(adaMerged, 'Ada', T2));
    const adaFromOld = merge(ada, exchanged(benMerged, 'Ben', T2));
    for (const s of [adaAgain, benAgain, benFromOld, adaFromOld])
      expect(form(s)).toBe(form(adaMerged));
  });

  it('moving one of the codes settles the cycle for both after the next exchange', () => {
    const adaMerged = merge(ada, exchanged(ben, 'Ben', T1));
    const benMerged = merge(ben, exchanged(ada, 'Ada', T1));
    // Ada moves Harm (shown at the top level) to the top level for real; the change layer
    // stamps the moved record with a revision past the one it replaces.
    const moved = moveCode(adaMerged.codes, 'c1', null, 0, 'coder-a', T2);
    const settled = {
      ...adaMerged,
      codes: adaMerged.codes.map((c) => {
        const m = moved.find((x) => x.id === c.id);
        return m ? withRevision(c, m) : c;
      }),
    };
    expect(parentCycles(settled.codes)).toEqual([]);
    const benSettled = merge(benMerged, exchanged(settled, 'Ada', T2));
    expect(parentCycles(benSettled.codes)).toEqual([]);
    expect(benSettled.codes.find((c) => c.id === 'c1')?.parentId).toBeNull();
    expect(benSettled.codes.find((c) => c.id === 'c3')?.parentId).toBe('c1');
    expect(benSettled.conflicts).toEqual([]);
  });
});
