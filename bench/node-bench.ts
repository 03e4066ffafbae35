// The Node half of `npm run bench`: pure-core figures (document length, annotation count,
// exchange size), each printed beside its peer or bare limit measured in the same run.
import { benchCorpusParse } from '../src/core/bench/corpus-bench';
import { benchIntervalIndex } from '../src/core/index/interval-index.bench';
import { benchExchange } from './exchange-bench';
import { printFigures } from './print';

const quick = process.argv.includes('--quick');
printFigures('Corpus parsing (document length)', benchCorpusParse(quick ? 100_000 : undefined));
printFigures(
  'Interval index (annotations per document)',
  benchIntervalIndex(quick ? 10_000 : 100_000, quick ? 1_000 : 10_000),
);
printFigures(
  'Exchange file (annotations, documents, coders)',
  await benchExchange(quick ? 5_000 : 100_000),
);
