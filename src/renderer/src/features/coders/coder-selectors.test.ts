import { describe, expect, it } from 'vitest';
import { CODER_PALETTE } from '../../../../core/color/coder-colors';
import type { Coder } from '../../../../core/model/types';
import { annotationsPerCoder, coderEntries, shownAnnotations } from './coder-selectors';
import { onlyCoder } from './coder-view';

const coder = (id: string, name: string, day: number): Coder => ({
  id,
  name,
  createdAt: `2026-01-0${day}T00:00:00.000Z`,
});
const KNOWN = [coder('bo', 'Bo', 2), coder('ada', 'Ada', 1), coder('cy', 'Cy', 3)];

describe('coderEntries', () => {
  it('lists the coders present and the current one, in colour order, with their names', () => {
    const present = new Map([
      ['cy', 2],
      ['ada', 5],
    ]);
    const entries = coderEntries(KNOWN, present, 'bo', { kind: 'all' });
    expect(entries.map((e) => [e.id, e.name, e.color, e.shown, e.current, e.count])).toEqual([
      ['ada', 'Ada', CODER_PALETTE[0], true, false, 5],
      ['bo', 'Bo', CODER_PALETTE[1], true, true, 0],
      ['cy', 'Cy', CODER_PALETTE[2], true, false, 2],
    ]);
  });

  it('keeps each coder their colour whichever coders the document holds', () => {
    const inOne = coderEntries(KNOWN, new Map([['cy', 1]]), null, { kind: 'all' });
    expect(inOne.map((e) => [e.id, e.color])).toEqual([['cy', CODER_PALETTE[2]]]);
  });

  it('names a coder with no record, after the known ones, and the filter marks who is shown', () => {
    const present = new Map([
      ['ada', 1],
      ['0190abcdef-x', 1],
    ]);
    const entries = coderEntries(KNOWN, present, null, onlyCoder('ada'));
    expect(entries.map((e) => [e.name, e.shown])).toEqual([
      ['Ada', true],
      ['Unknown coder 0190abcd', false],
    ]);
    expect(entries[1]!.color).toBe(CODER_PALETTE[3]);
    expect(entries.map((e) => e.recorded)).toEqual([true, false]);
  });
});

describe('shownAnnotations', () => {
  const annotations = [
    { id: '1', createdBy: 'ada' },
    { id: '2', createdBy: 'bo' },
    { id: '3', createdBy: 'ada' },
  ];

  it('everyone: the same array, nothing copied', () => {
    expect(shownAnnotations(annotations, { kind: 'all' })).toBe(annotations);
  });

  it('chosen coders: only their annotations, in order', () => {
    expect(shownAnnotations(annotations, onlyCoder('ada')).map((a) => a.id)).toEqual(['1', '3']);
    expect(shownAnnotations(annotations, { kind: 'only', coderIds: [] })).toEqual([]);
  });

  it('annotationsPerCoder counts each coder’s annotations', () => {
    expect([...annotationsPerCoder(annotations)].sort()).toEqual([
      ['ada', 2],
      ['bo', 1],
    ]);
  });
});
