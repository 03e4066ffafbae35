import { quoteContext } from '../quote-context';
import type { Anchor, Placement } from './placement';
import { reanchorAll } from './reanchor';
import { seededRandom } from '../../random/seeded-random';

/** A text, its revision, and annotations on the original: one re-anchoring workload. */
export interface ReanchorWorkload {
  oldText: string;
  newText: string;
  anchors: Anchor[];
}

const WORDS = (
  'terrorism victims cooperation assistance States Member United Nations Office Drugs Crime ' +
  'criminal justice capacity training programmes Internet financing fighters border children ' +
  'gender resources mandate request technical legal international regional national strategy ' +
  'the of and to in for with on by as that which its their all relevant effective further'
).split(' ');

/**
 * A synthetic document of about `chars` characters in paragraphs of ~500, a revision of it
 * (about one paragraph in 12 edited: a word changed, a sentence added, whitespace re-laid,
 * punctuation changed, removed, or moved elsewhere), and `count` annotations of 3-20 words on
 * the original. Deterministic for a seed.
 */
export function reanchorWorkload(count = 10_000, chars = 1_000_000, seed = 1): ReanchorWorkload {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const paragraphs: string[] = [];
  let length = 0;
  for (let p = 0; length < chars; p++) {
    const words: string[] = [`${p + 1}.`];
    for (let w = 0; w < 80; w++) words.push(rnd() < 0.04 ? `${pick(WORDS)},` : pick(WORDS));
    const text = `${words.join(' ')}.`;
    paragraphs.push(text);
    length += text.length + 2;
  }
  const oldText = paragraphs.join('\n\n');
  const revised: string[] = [];
  const moved: string[] = [];
  for (const para of paragraphs) {
    const r = rnd();
    if (r < 0.02) revised.push(para.replace(/ \S+ /, ` ${pick(WORDS)}ly `));
    else if (r < 0.035) revised.push(`${para} Notes with concern the ${pick(WORDS)}.`);
    else if (r < 0.05) revised.push(para.replace(/ /g, (s) => (rnd() < 0.1 ? '\n' : s)));
    else if (r < 0.06) revised.push(para.replace(/,/g, ';'));
    else if (r < 0.07) continue;
    else if (r < 0.08) moved.push(para);
    else revised.push(para);
  }
  for (const para of moved) revised.splice(Math.floor(rnd() * revised.length), 0, para);
  const newText = revised.join('\n\n');
  const anchors: Anchor[] = [];
  for (let i = 0; i < count; i++) {
    const start = oldText.lastIndexOf(' ', Math.floor(rnd() * (oldText.length - 200))) + 1;
    let end = start;
    for (let w = 3 + Math.floor(rnd() * 18); w > 0; w--) end = oldText.indexOf(' ', end + 1);
    anchors.push({ start, end, ...quoteContext(oldText, start, end) });
  }
  return { oldText, newText, anchors };
}

/** What one re-anchoring run gave and took. */
export interface ReanchorBenchFigures {
  annotations: number;
  characters: number;
  /** Re-anchoring every annotation (diff, exact, fuzzy), in milliseconds. */
  reanchorMs: number;
  /** The bare baseline: `indexOf` of every quote in the new text, in milliseconds. */
  indexOfMs: number;
  /** How many quotes the baseline finds at all (anywhere, right or wrong). */
  indexOfFound: number;
  exact: number;
  fuzzy: number;
  orphan: number;
}

/**
 * Times re-anchoring a workload against the bare limit of an exact `indexOf` of every quote (no
 * context, no fuzziness: what tools that drop unmatched annotations do). Pure, for the benchmark
 * runner (`npm run bench`) and a worker alike; not a test.
 */
export function benchReanchor(
  workload: ReanchorWorkload = reanchorWorkload(),
): ReanchorBenchFigures {
  const { oldText, newText, anchors } = workload;
  const baseline = () => {
    let found = 0;
    for (const a of anchors) if (newText.indexOf(a.quote) >= 0) found++;
    return found;
  };
  // The first pass over fresh strings costs V8 several times more (flattening the sliced
  // quotes); warm up once so the baseline is the bare search, and both sides get flat strings.
  baseline();
  let t0 = performance.now();
  const found = baseline();
  const indexOfMs = performance.now() - t0;
  t0 = performance.now();
  const placed: Placement[] = reanchorAll(oldText, newText, anchors);
  const reanchorMs = performance.now() - t0;
  const count = (status: Placement['status']) => placed.filter((p) => p.status === status).length;
  return {
    annotations: anchors.length,
    characters: newText.length,
    reanchorMs,
    indexOfMs,
    indexOfFound: found,
    exact: count('exact'),
    fuzzy: count('fuzzy'),
    orphan: count('orphan'),
  };
}
