import { describe, expect, it } from 'vitest';
import { segmentsCsvAdapter } from './csv/adapter';
import { smallProject } from './test-support/small-project';
import { w3cAdapter } from './w3c/adapter';

/** The small project with one consensus annotation and one "accept neither" decision. */
function adjudicated() {
  const snapshot = smallProject();
  const source = snapshot.annotations.find((a) => !a.deleted && a.codeIds.length > 0);
  if (!source) throw new Error('the small project has a coded annotation');
  const consensus = { ...source, id: 'consensus-1', derivedFrom: [source.id] };
  const neither = { ...source, id: 'neither-1', codeIds: [], memo: '', derivedFrom: [source.id] };
  return { ...snapshot, annotations: [...snapshot.annotations, consensus, neither] };
}

const text = (data: string | Uint8Array) =>
  typeof data === 'string' ? data : new TextDecoder().decode(data);

describe('exports without a place for provenance', () => {
  it.each([
    ['CSV', segmentsCsvAdapter],
    ['W3C', w3cAdapter],
  ] as const)(
    '%s writes the consensus annotation, not the decision, and says what it dropped',
    async (format, adapter) => {
      const context = { fileName: 'out', now: '2026-11-30T09:00:00.000Z', newId: () => 'unused' };
      const written = await adapter.write!(adjudicated(), context);
      const data = text(written.data);
      expect(data).toContain('consensus-1');
      expect(data).not.toContain('neither-1');
      expect(data).not.toContain('derivedFrom');
      expect(written.warnings).toEqual(
        expect.arrayContaining([
          `1 consensus annotation lost the link to the annotations they came from (${format} has no place for it)`,
          `1 "accept neither" decision left out (${format} has no place for them)`,
        ]),
      );
    },
  );
});
