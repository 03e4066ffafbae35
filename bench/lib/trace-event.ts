/**
 * One event of a Chrome DevTools trace, as the profilers read it (long tasks and what ran inside
 * them); shared so `profile.ts` and `profile-agreement.ts` parse traces alike.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}
