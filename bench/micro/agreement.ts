import { runAgreementBench } from '../../src/core/agreement/agreement.bench';
import type { ProjectSnapshot } from '../../src/core/model/snapshot';

/** Times `work` `runs` times in this process, ms each. */
function time(runs: number, work: () => unknown): number[] {
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    work();
    out.push(performance.now() - started);
  }
  return out;
}

/**
 * The workbench's computation alone in Node: the agreement table the view computes first
 * (every code, every coder and document, characters, α and uα) on the same study. What the
 * worker adds to it (reading IndexedDB, posting the result) and the view adds (painting) is the
 * difference to the app's figure.
 */
export function timeCoreAgreement(snapshot: ProjectSnapshot, runs: number): number[] {
  return time(runs, () => runAgreementBench(snapshot));
}

/**
 * The simplest honest alternative: pairwise percent agreement on characters per code and
 * document, counting for each character how many coders coded it (k of m), so agreeing pairs
 * are C(k,2) + C(m−k,2). No chance correction, no unitizing: the floor any agreement figure
 * over every character costs.
 */
export function bareAgreementLoop(snapshot: ProjectSnapshot): number {
  const coders = [...new Set(snapshot.annotations.map((a) => a.createdBy))];
  const m = coders.length;
  const pairs = (m * (m - 1)) / 2;
  const byKey = new Map<string, typeof snapshot.annotations>();
  for (const a of snapshot.annotations)
    for (const c of a.codeIds) {
      const key = `${c}\u0000${a.documentId}`;
      const list = byKey.get(key);
      if (list) list.push(a);
      else byKey.set(key, [a]);
    }
  const lengths = new Map(snapshot.documents.map((d) => [d.id, d.charCount]));
  let agreeing = 0;
  let all = 0;
  for (const code of snapshot.codes)
    for (const doc of snapshot.documents) {
      const length = lengths.get(doc.id) ?? 0;
      all += length * pairs;
      const list = byKey.get(`${code.id}\u0000${doc.id}`);
      if (!list) {
        agreeing += length * pairs;
        continue;
      }
      const count = new Uint8Array(length);
      for (const coder of coders) {
        const mark = new Uint8Array(length);
        for (const a of list) if (a.createdBy === coder) mark.fill(1, a.start, a.end);
        for (let i = 0; i < length; i++) count[i] = (count[i] as number) + (mark[i] as number);
      }
      for (let i = 0; i < length; i++) {
        const k = count[i] as number;
        agreeing += (k * (k - 1)) / 2 + ((m - k) * (m - k - 1)) / 2;
      }
    }
  return all === 0 ? 1 : agreeing / all;
}

/** Times the bare loop `runs` times. */
export function timeBareAgreement(snapshot: ProjectSnapshot, runs: number): number[] {
  return time(runs, () => bareAgreementLoop(snapshot));
}
