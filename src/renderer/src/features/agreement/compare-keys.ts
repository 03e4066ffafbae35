/** What a key does in the comparison: step, or decide the current disagreement. */
export type CompareAction =
  | { kind: 'step'; direction: 1 | -1 }
  | { kind: 'versions'; accept: number[] }
  | { kind: 'merged' }
  | { kind: 'span' };

/**
 * The comparison's keys (case-insensitive): N and P step to the next and previous disagreement;
 * 1…9 accept that coder's version (when there is such a coder), B every version, 0 neither,
 * M the merged span, S the new boundaries drawn. Null for any other key.
 */
export function compareAction(key: string, coderCount: number): CompareAction | null {
  const k = key.toLowerCase();
  if (k === 'n') return { kind: 'step', direction: 1 };
  if (k === 'p') return { kind: 'step', direction: -1 };
  if (k === 'b')
    return { kind: 'versions', accept: Array.from({ length: coderCount }, (_, i) => i) };
  if (k === '0') return { kind: 'versions', accept: [] };
  if (k === 'm') return { kind: 'merged' };
  if (k === 's') return { kind: 'span' };
  if (/^[1-9]$/.test(k) && Number(k) <= coderCount)
    return { kind: 'versions', accept: [Number(k) - 1] };
  return null;
}
