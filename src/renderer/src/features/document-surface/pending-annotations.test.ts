import { describe, expect, it } from 'vitest';
import { PendingAnnotations } from './pending-annotations';
import type { AnnotationQuery, SurfaceAnnotation } from './types';

const stored: SurfaceAnnotation[] = [
  { id: 'a', start: 0, end: 5, codeIds: ['x'] },
  { id: 'b', start: 10, end: 20, codeIds: ['y'] },
];
const source: AnnotationQuery = (s, e) => stored.filter((a) => a.start < e && a.end > s);

describe('PendingAnnotations', () => {
  it('passes the source through untouched when nothing is pending', () => {
    expect(new PendingAnnotations().over(source)).toBe(source);
  });

  it('lays new, changed and deleted annotations over the source until they are forgotten', () => {
    const pending = new PendingAnnotations();
    pending.put({ id: 'new', start: 3, end: 12, codeIds: ['z'] });
    pending.put({ id: 'b', start: 10, end: 20, codeIds: ['y', 'z'] });
    pending.hide('a');
    const ids = (q: AnnotationQuery | null) => q!(0, 100).map((a) => `${a.id}:${a.codeIds}`);
    expect(ids(pending.over(source))).toEqual(['new:z', 'b:y,z']);
    expect(pending.over(source)!(13, 14).map((a) => a.id)).toEqual(['b']);
    pending.forget('new');
    pending.forget('b');
    pending.forget('a');
    expect(pending.size).toBe(0);
    expect(ids(pending.over(source))).toEqual(['a:x', 'b:y']);
  });
});
