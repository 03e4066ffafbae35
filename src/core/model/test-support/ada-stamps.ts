// A record fixture shared by tests (never imported by production code).
import type { Annotation } from '../types';

/**
 * The record fields of a live annotation that coder `ada` made and last edited at the start of
 * 2026 in project `p`: spread into a test's annotation beside its id, document, span and codes.
 */
export const ADA_STAMPS = {
  createdBy: 'ada',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'ada',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deleted: false,
  projectId: 'p',
} as const satisfies Partial<Annotation>;
