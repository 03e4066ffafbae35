import type { z } from 'zod';
import { describeValue } from './describe-value';

/** How many unrecognized keys a message names before summarising the rest. */
const SHOWN_KEYS = 5;

/**
 * A zod issue's message, safe to show: zod's own messages name types and limits only, except for
 * unrecognized keys, which it quotes in full (a key can be megabytes long and there can be
 * thousands of them), so those are described and counted instead.
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const shown = issue.keys.slice(0, SHOWN_KEYS).map(describeValue).join(', ');
  const more =
    issue.keys.length > SHOWN_KEYS
      ? ` and ${(issue.keys.length - SHOWN_KEYS).toLocaleString('en-US')} more`
      : '';
  return `Unrecognized key${issue.keys.length === 1 ? '' : 's'}: ${shown}${more}`;
}

/** The longest id a record may have (as the schema's `idSchema` says). */
const MAX_ID_LENGTH = 200;

/**
 * A raw record's id when it is one the schema would accept, to name the record in a message;
 * undefined otherwise (a hostile id is not echoed: the JSON path locates the record).
 */
export function safeRecordId(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return undefined;
  const id: unknown = (row as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH ? id : undefined;
}
