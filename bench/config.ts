import type { AgreementBenchShape } from '../src/core/agreement/agreement.bench';

/** Sizes and repetitions of one benchmark run. */
export interface BenchConfig {
  quick: boolean;
  /** Runs per figure (each figure is the median of these, printed with min and max). */
  runs: number;
  /** The long document: characters, paragraphs, codes in the codebook, fixture seed. */
  chars: number;
  paragraphs: number;
  codes: number;
  seed: number;
  /** Annotation counts the open is timed at (the growth series). */
  openSizes: number[];
  /** Counts at which import, scroll, code and memory are measured too. */
  detailSizes: number[];
  /** Annotation counts given to the peer. */
  peerSizes: number[];
  /** Spans coded per run of the code scenario. */
  codeSpans: number;
  /** Jumps in the third scroll pass. */
  jumps: number;
  /** Corpus import: files and total bytes. */
  corpusFiles: number;
  corpusBytes: number;
  /** Micro-benchmarks: interval index and storage sizes. */
  microAnnotations: number;
  microQueries: number;
  /** Agreement view: the team studies computed (coders, documents, codes, annotations). */
  agreementStudies: AgreementBenchShape[];
  /** Re-anchoring: annotations placed onto a revision of a `chars`-character text. */
  reanchorAnnotations: number;
  /** Scenario groups to run (`--only workbench,peer`); all when empty. */
  only: string[];
}

const STUDY = { documents: 100, codes: 50, documentLength: 10_000 };

/** `npm run bench`: the sizes the budgets are set at. */
export const FULL: BenchConfig = {
  quick: false,
  runs: 5,
  chars: 1_000_000,
  paragraphs: 2000,
  codes: 30,
  seed: 1,
  openSizes: [0, 1_000, 5_000, 10_000, 20_000, 50_000, 100_000],
  detailSizes: [0, 20_000, 100_000],
  peerSizes: [1_000, 5_000, 20_000],
  codeSpans: 20,
  jumps: 40,
  corpusFiles: 200,
  corpusBytes: 10_000_000,
  microAnnotations: 100_000,
  microQueries: 10_000,
  agreementStudies: [
    { ...STUDY, coders: 3, annotations: 10_000 },
    { ...STUDY, coders: 3, annotations: 100_000 },
    { ...STUDY, coders: 10, annotations: 100_000 },
  ],
  reanchorAnnotations: 10_000,
  only: [],
};

/** `npm run bench -- --quick`: every scenario at a small size, to keep the harness working. */
export const QUICK: BenchConfig = {
  quick: true,
  runs: 1,
  chars: 40_000,
  paragraphs: 80,
  codes: 30,
  seed: 1,
  openSizes: [0, 300],
  detailSizes: [300],
  peerSizes: [300],
  codeSpans: 2,
  jumps: 4,
  corpusFiles: 5,
  corpusBytes: 50_000,
  microAnnotations: 2_000,
  microQueries: 200,
  agreementStudies: [{ coders: 3, documents: 4, codes: 5, annotations: 300, documentLength: 2000 }],
  reanchorAnnotations: 300,
  only: [],
};

/** Scenario groups `--only` accepts. */
export const GROUPS = [
  'probe',
  'micro',
  'workbench',
  'exchange',
  'merge',
  'bare',
  'highlights',
  'peer',
  'corpus',
  'storage',
  'agreement',
  'reanchor',
] as const;

/**
 * The configuration named by the command line: `--quick`, `--runs N`, `--only group,group`
 * (see GROUPS), `--sizes n,n` (annotation counts for the workbench, e.g. to profile one size).
 */
export function configFromArgs(args: readonly string[]): BenchConfig {
  const base = args.includes('--quick') ? QUICK : FULL;
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const runs = Number(value('--runs') ?? base.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  const only = (value('--only') ?? '').split(',').filter(Boolean);
  const unknown = only.filter((g) => !(GROUPS as readonly string[]).includes(g));
  if (unknown.length)
    throw new Error(`--only takes ${GROUPS.join(', ')}; not ${unknown.join(', ')}`);
  const sizes = value('--sizes')?.split(',').map(Number);
  if (sizes?.some((n) => !Number.isInteger(n) || n < 0))
    throw new Error('--sizes takes whole numbers, e.g. --sizes 0,100000');
  return {
    ...base,
    runs,
    only,
    ...(sizes ? { openSizes: sizes, detailSizes: sizes } : {}),
  };
}

/** Whether a scenario group runs in this configuration. */
export function runs(config: BenchConfig, group: (typeof GROUPS)[number]): boolean {
  return config.only.length === 0 || config.only.includes(group);
}
