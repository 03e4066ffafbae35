import { describe, expect, it } from 'vitest';
import { annotation } from '../../../core/repository/test-support/records';
import type { Annotation } from '../../../core/model/types';
import {
  annotationCountOf,
  packAnnotations,
  packedAnnotationsOf,
  splitAnnotations,
  withPackedAnnotations,
} from './packed-annotations';
import { postedResult, receivedResult } from './exchange-work';

const list = [annotation('p', 'd', 'a', ['c']), annotation('p', 'd', 'b', [])];

describe('packed annotations', () => {
  it('are unpacked on first read only, and split off for a worker without unpacking', () => {
    const holder = withPackedAnnotations<{ name: string; annotations: Annotation[] }>(
      { name: 'x' },
      packAnnotations(list),
    );
    expect(annotationCountOf(holder)).toBe(2);
    const { rest, packed } = splitAnnotations(holder);
    expect(rest).toEqual({ name: 'x' });
    expect(packed.count).toBe(2);
    // Still packed: the split copied the bytes (they are transferred away) and read nothing.
    expect(packedAnnotationsOf(holder)?.bytes).not.toBe(packed.bytes);
    expect(holder.annotations).toEqual(list);
    expect(packedAnnotationsOf(holder)).toBeUndefined();
    expect(holder.annotations).toBe(holder.annotations);
  });

  it("a worker's result with a file's data crosses packed and reads back the same", () => {
    const result = { ok: true, data: { format: 'f', codes: [], annotations: list } };
    const { message, transfer } = postedResult(result);
    expect(transfer).toHaveLength(1);
    expect((message as { data: object }).data).not.toHaveProperty('annotations');
    const back = receivedResult(structuredClone(message, { transfer }));
    expect(back).toEqual(result);
    expect(postedResult({ kind: 'imported' })).toEqual({
      message: { kind: 'imported' },
      transfer: [],
    });
  });
});
