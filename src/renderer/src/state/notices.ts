/** A message shown to the user in the notice area (errors stay until dismissed). */
export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'info';
  title: string;
  lines: string[];
}

let nextNoticeId = 1;

/** Makes a notice with a fresh id. */
export function notice(kind: Notice['kind'], title: string, lines: string[] = []): Notice {
  return { id: nextNoticeId++, kind, title, lines };
}
