import { describe, expect, it } from 'vitest';
import { carryAnnotations } from '../../../../core/anchoring/reanchor';
import { quoteContext } from '../../../../core/anchoring/quote-context';
import type { Annotation } from '../../../../core/model/types';
import { ADA_STAMPS } from '../../../../core/model/test-support/ada-stamps';
import {
  acceptAllConfident,
  carryChangeSet,
  decide,
  nextToReview,
  placeByHand,
  proposalsOf,
} from './review';

const SOURCE =
  'Recalling its resolution.\n\nUrges Member States that have not yet done so to act.\n\nNotes the report of the Office.';
const TARGET =
  'Recalling its resolution.\n\nUrges Member States that have not done so to act now.\n\nDecides to stay seized.';

function annotation(id: string, quote: string): Annotation {
  const start = SOURCE.indexOf(quote);
  return {
    id,
    ...ADA_STAMPS,
    documentId: 'source',
    start,
    end: start + quote.length,
    ...quoteContext(SOURCE, start, start + quote.length),
    codeIds: [`code-${id}`],
    memo: `memo ${id}`,
  };
}

const proposals = () =>
  proposalsOf(
    carryAnnotations(
      [
        annotation('gone', 'the report of the Office'),
        annotation('same', 'Recalling its resolution'),
        annotation('edited', 'Urges Member States that have not yet done so to act'),
      ],
      null,
      TARGET,
      'target',
    ),
  );

describe('reviewing proposals of the compare view', () => {
  it('orders proposals by source position, with a confidence each', () => {
    const ps = proposals();
    expect(ps.map((p) => [p.annotation.id, p.placement.status])).toEqual([
      ['same', 'exact'],
      ['edited', 'fuzzy'],
      ['gone', 'orphan'],
    ]);
    expect(ps[0]!.confidence).toBe(1);
    expect(ps[1]!.confidence).toBeGreaterThan(0.75);
    expect(ps[1]!.confidence).toBeLessThan(1);
  });

  it('accepts all confident ones, leaves the doubtful to review, steps through those left', () => {
    const ps = acceptAllConfident(proposals());
    expect(ps.map((p) => p.decision)).toEqual(['accepted', 'accepted', null]);
    expect(nextToReview(ps, -1, 1)).toBe(2);
    expect(nextToReview(ps, 2, 1)).toBe(2);
    expect(nextToReview(ps, 2, -1)).toBe(2);
    const rejected = decide(ps, 0, 'rejected');
    expect(nextToReview(rejected, 2, -1)).toBe(2);
    expect(decide(ps, 1, null)[1]!.decision).toBeNull();
  });

  it('refuses to accept a proposal with nowhere to go, until placed by hand', () => {
    const ps = proposals();
    const gone = 2;
    if (ps[gone]!.span === null) expect(decide(ps, gone, 'accepted')[gone]!.decision).toBeNull();
    const placed = placeByHand(ps, gone, { start: 54, end: 77 });
    expect(placed[gone]).toMatchObject({ decision: 'accepted', byHand: true, confidence: 1 });
  });

  it('carries the accepted ones as one user change set named after the source', () => {
    let ps = acceptAllConfident(proposals());
    ps = placeByHand(ps, 2, { start: TARGET.indexOf('Decides'), end: TARGET.indexOf(' to stay') });
    ps = decide(ps, 0, 'rejected');
    let n = 0;
    const set = carryChangeSet({
      proposals: ps,
      target: { id: 'target', projectId: 'p' },
      targetText: TARGET,
      sourceName: 'E-RES-2013-32.txt',
      ctx: { coderId: 'bo', now: '2026-02-01T00:00:00.000Z' },
      newId: () => `new-${++n}`,
    });
    expect(set).toMatchObject({
      projectId: 'p',
      source: 'user',
      label: 'carry 2 annotations from E-RES-2013-32.txt',
      coderId: 'bo',
    });
    const added = set.changes.map((c) => c.after as Annotation);
    expect(set.changes.every((c) => c.before === null)).toBe(true);
    expect(added.map((a) => [a.id, a.documentId, a.quote, a.codeIds, a.memo, a.createdBy])).toEqual(
      [
        [
          'new-1',
          'target',
          'Urges Member States that have not done so to act',
          ['code-edited'],
          'memo edited',
          'bo',
        ],
        ['new-2', 'target', 'Decides', ['code-gone'], 'memo gone', 'bo'],
      ],
    );
  });
});
