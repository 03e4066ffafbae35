import { describe, expect, it } from 'vitest';
import { FormatReadError } from '../registry-types';
import { sampleSnapshot } from '../refi-qda/test-support/sample-snapshot';
import { nativeAdapter } from './native-adapter';

const context = { fileName: 'p.json', now: '2026-11-30T00:00:00.000Z', newId: () => 'unused' };

describe('native adapter', () => {
  it('writes a snapshot and reads the same records back', async () => {
    const snapshot = sampleSnapshot();
    const { data } = await nativeAdapter.write!(snapshot, context);
    const bytes = new TextEncoder().encode(data as string);
    expect(nativeAdapter.sniff!(bytes)).toBe(true);
    const back = await nativeAdapter.read!(bytes, context);
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(back.snapshot.project).toEqual(snapshot.project);
    expect(byId(back.snapshot.codes)).toEqual(byId(snapshot.codes));
    expect(byId(back.snapshot.annotations)).toEqual(byId(snapshot.annotations));
    expect(byId(back.snapshot.documents)).toEqual(byId(snapshot.documents));
    expect(await nativeAdapter.validate!(bytes, context)).toEqual([]);
  });

  it('refuses an invalid file with every problem, located', async () => {
    const snapshot = sampleSnapshot();
    const file = JSON.parse((await nativeAdapter.write!(snapshot, context)).data as string);
    file.annotations[0].codeIds.push('no-such-code');
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const problems = await nativeAdapter.validate!(bytes, context);
    expect(problems).toContainEqual(
      expect.objectContaining({
        recordId: file.annotations[0].id,
        message: 'Points to a missing code no-such-code',
      }),
    );
    await expect(nativeAdapter.read!(bytes, context)).rejects.toBeInstanceOf(FormatReadError);
  });

  it('reads a file whose code parents form a cycle, with the warning as a note', async () => {
    const snapshot = sampleSnapshot();
    const file = JSON.parse((await nativeAdapter.write!(snapshot, context)).data as string);
    const [first, second] = file.codes as { id: string; parentId: string | null }[];
    first!.parentId = second!.id;
    second!.parentId = first!.id;
    const bytes = new TextEncoder().encode(JSON.stringify(file));
    const read = await nativeAdapter.read!(bytes, context);
    expect(read.notes).toEqual([expect.stringMatching(/^Code parents form a cycle: /)]);
    const sound = await nativeAdapter.read!(
      new TextEncoder().encode((await nativeAdapter.write!(snapshot, context)).data as string),
      context,
    );
    expect(sound.notes).toEqual([]);
  });
});
