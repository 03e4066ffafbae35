/** The kinds of records a tab announces changes to. */
export type ChangedTable = 'projects' | 'documents' | 'codes' | 'annotations';

/**
 * What one tab tells the others after it applied changes: which project, which tables, and for
 * annotations which documents (a tab reloads annotations only for the document it has open).
 * Ids name the changed records where the sender knows them; an empty list means "any".
 */
export interface ChangeAnnouncement {
  /** The announcing tab, so a tab never reacts to itself. */
  tab: string;
  projectId: string;
  table: ChangedTable;
  ids: string[];
  /** For annotations: the documents they are on (`*` when not known). */
  documentIds: string[];
}

const TABLES: readonly string[] = ['projects', 'documents', 'codes', 'annotations'];

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Checks a message from the channel. Any page of the origin can post on it, so a malformed
 * message is dropped rather than trusted.
 */
export function isChangeAnnouncement(value: unknown): value is ChangeAnnouncement {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m['tab'] === 'string' &&
    typeof m['projectId'] === 'string' &&
    typeof m['table'] === 'string' &&
    TABLES.includes(m['table']) &&
    isStringArray(m['ids']) &&
    isStringArray(m['documentIds'])
  );
}
