// Tests read the real exports in place; the core's purity rule is for shipped code.
// eslint-disable-next-line no-restricted-imports
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeSnapshots } from '../../merge/merge-snapshots';
import type { ProjectSnapshot } from '../../model/snapshot';
import { importRefiQda } from '../refi-qda/import-refi';
import { alignToProject } from './align-to-project';
import { macExportOf } from './test-support/mac-export';

/**
 * Two exports of one NVivo project (Windows, and the Mac export the interop README describes:
 * every GUID differs, LF without BOM, no final line break) merged into each other double
 * nothing. Counts only: the texts are personal data and never printed.
 */
const INTEROP = new URL('../../../../../shared/interop/', import.meta.url);
const windowsBytes = new Uint8Array(readFileSync(new URL('nvivo-win12.6-oltas0517.qdpx', INTEROP)));
let seq = 0;
const options = {
  now: '2026-11-30T00:00:00.000Z',
  newId: () => `00000000-0000-7000-8000-${String(++seq).padStart(12, '0')}`,
};
const codings = (s: ProjectSnapshot) =>
  s.annotations.filter((a) => !a.deleted).reduce((n, a) => n + a.codeIds.length, 0);

async function bothExports() {
  const windows = (await importRefiQda(windowsBytes, 'nvivo-win.qdpx', options)).snapshot;
  const mac = (await importRefiQda(macExportOf(windowsBytes), 'nvivo-mac.qdpx', options)).snapshot;
  return { windows, mac };
}

describe('importing two exports of one project', () => {
  it('the two files share no id and no text byte for byte, yet hold the same work', async () => {
    const { windows, mac } = await bothExports();
    const ids = (s: ProjectSnapshot) =>
      new Set([...s.documents, ...s.codes, ...s.annotations, ...s.coders].map((r) => r.id));
    const macIds = ids(mac);
    expect([...ids(windows)].filter((id) => macIds.has(id))).toEqual([]);
    const hashes = new Set(windows.documents.map((d) => d.contentHash));
    expect(mac.documents.filter((d) => hashes.has(d.contentHash))).toEqual([]);
    expect(mac.annotations).toHaveLength(windows.annotations.length);
    expect(codings(mac)).toBe(303);
  }, 60_000);

  it.each(['mac into windows', 'windows into mac'])(
    '%s: no new document, code, coder or annotation',
    async (direction) => {
      const both = await bothExports();
      const [local, other] =
        direction === 'mac into windows' ? [both.windows, both.mac] : [both.mac, both.windows];
      const aligned = alignToProject(local, other);
      expect(aligned.report.documents.map((d) => d.by)).toEqual([
        'normalized-text',
        'normalized-text',
      ]);
      expect(aligned.report.codes).toBe(152);
      expect(aligned.report.coders).toBe(2);
      expect(aligned.report.annotations).toBe(188);
      const { snapshot, report } = mergeSnapshots(local, aligned.incoming);
      expect(report.counts.document.new).toBe(0);
      expect(report.counts.code.new).toBe(0);
      expect(report.counts.annotation.new).toBe(0);
      expect(snapshot.documents).toHaveLength(2);
      expect(snapshot.codes).toHaveLength(152);
      expect(snapshot.coders).toHaveLength(2);
      expect(snapshot.annotations).toHaveLength(188);
      expect(codings(snapshot)).toBe(303);
    },
    60_000,
  );

  it('without aligning first, the merge doubles every coding (what this step prevents)', async () => {
    const { windows, mac } = await bothExports();
    const { report } = mergeSnapshots(windows, mac);
    expect(report.counts.annotation.new).toBe(188);
  }, 60_000);
});
