import type { Annotation, Code } from '../../model/types';

const T0 = '2026-01-01T00:00:00.000Z';

/** A code with defaults, for tests. */
export function makeCode(id: string, name: string, extra: Partial<Code> = {}): Code {
  return {
    id,
    projectId: 'p1',
    parentId: null,
    name,
    color: '#4e79a7',
    description: '',
    hotkey: null,
    order: 0,
    memo: '',
    createdBy: 'ada',
    createdAt: T0,
    updatedBy: 'ada',
    updatedAt: T0,
    deleted: false,
    ...extra,
  };
}

/** An annotation with the given codes, for tests. */
export function makeAnnotation(
  id: string,
  codeIds: string[],
  extra: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    projectId: 'p1',
    documentId: 'd1',
    start: 0,
    end: 1,
    quote: 'x',
    prefix: '',
    suffix: '',
    codeIds,
    memo: '',
    createdBy: 'ada',
    createdAt: T0,
    updatedBy: 'ada',
    updatedAt: T0,
    deleted: false,
    ...extra,
  };
}
