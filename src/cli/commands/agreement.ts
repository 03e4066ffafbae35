import { AgreementInputError } from '../../core/agreement/input-error';
import { LEVELS, type Level } from '../../core/agreement/levels';
import {
  isMeasureName,
  SPAN_MEASURES,
  UNIT_MEASURES,
  type MeasureName,
  type MeasureOptions,
} from '../../core/agreement/measures';
import { AGREEMENT_UNITS, type AgreementUnit } from '../../core/agreement/text-units';
import type { CliCommand, CliIo } from '../command';
import { parseCommandArgs } from '../parse-args';
import { runOnData } from './agreement-data';
import { runOnFile } from './agreement-file';
import { isTool } from './agreement-tools';

const HELP = `Usage:
  marginalia agreement FILE [--coders A,B,...] [--unit UNIT] [--measure NAME,...]
                            [--documents D,...] [--codes C,...] [--level LEVEL]
                            [--threshold P] [--per-document] [--json]
  marginalia agreement --data FILE --measure NAME [--level LEVEL] [--categories Q] [--json]

Inter-coder agreement. With an exchange FILE: one row per code, comparing the coders'
annotations (coder = who made the annotation) on the chosen unit: character (default),
word, sentence, paragraph or document; coders, documents and codes by name or id (default:
every coder with annotations, all documents and codes). Default measures: alpha,u-alpha.
--per-document prints one table per document (same coders throughout).

With --data: reliability data given directly as JSON, to check the implementation against
your own examples:
  predefined units  {"observers_by_units": [[1, 2, null], [1, 3, 2]]}
                    (rows are coders, columns units, null where a coder gave no value)
  spans             {"continuum": [0, 300], "observers": [[[10, 20, "c"]], [[12, 20, "c"]]]}
                    (half-open character spans [start, end) with a value, one list per coder)

Measures on units: ${UNIT_MEASURES.join(', ')}
  percent           percent agreement (share of agreeing pairs of pairable values)
  cohen-kappa       Cohen's kappa (1960), two coders
  scott-pi          Scott's pi (1955), two coders
  fleiss-kappa      Fleiss' kappa (1971), units every coder coded
  brennan-prediger  Brennan & Prediger (1981) / Randolph's free-marginal kappa (2005);
                    --categories Q (default: the categories present)
  alpha             Krippendorff's alpha; --level nominal|ordinal|interval|ratio
Measures on spans: ${SPAN_MEASURES.join(', ')}
  alpha-u           Krippendorff's unitizing alpha (1995/2004), as DKPro Statistics computes it
  u-alpha           uα (Krippendorff, Mathet, Bouvry & Widlöcher 2016)
  binary-u-alpha    |uα, units versus gaps (2016)
  cu-alpha          cuα, values of intersecting units (2016); --level nominal|interval|ratio
  k-u-alpha         (k)uα, one figure per value (2016)
Figures of QDA tools (exchange FILE, two coders; --measure alone):
  nvivo             NVivo coding comparison: per code and document, characters,
                    percentage agreement and kappa
  maxqda            MAXQDA segment agreement: segments of a code overlapping by at least
                    --threshold P percent (default 90), per code, and its Brennan-Prediger kappa

--json prints one object: measure, value, observed and expected (Do and De for the alpha
family, po and pe for the kappa family and percent agreement), units and every intermediate;
an undefined value is null with a "reason". Exit codes: 0 done (also when a value is
undefined), 1 the input is bad, 2 the command line is wrong.

Examples:
  marginalia agreement --data k2011.json --measure alpha --level ordinal
  marginalia agreement team.json --coders Ann,Bob --unit sentence --measure alpha,cohen-kappa
`;

/** `marginalia agreement`: inter-coder agreement on an exchange file or on reliability data. */
export const agreementCommand: CliCommand = {
  name: 'agreement',
  summary:
    'Inter-coder agreement (Krippendorff’s alpha, kappas, unitizing alphas) per code or on given data',
  help: HELP,
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      flags: ['json', 'per-document'],
      options: [
        'data',
        'measure',
        'level',
        'categories',
        'coders',
        'unit',
        'documents',
        'codes',
        'threshold',
      ],
    });
    if (!parsed.ok) return usage(io, parsed.message);
    const v = parsed.values;
    if (v.help) return (void io.stdout(HELP), 0);
    const str = (name: string): string | undefined =>
      typeof v[name] === 'string' ? (v[name] as string) : undefined;

    const measures = (str('measure') ?? (str('data') ? '' : 'alpha,u-alpha'))
      .split(',')
      .filter(Boolean);
    const unknown = measures.find((m) => !isMeasureName(m) && !isTool(m));
    if (unknown) return usage(io, `unknown measure "${unknown}"`);
    const tool = measures.find(isTool);
    if (tool && measures.length > 1) return usage(io, `--measure ${tool} stands alone`);
    if (tool && str('data') !== undefined)
      return usage(io, `${tool} compares the coders of an exchange FILE, not --data`);
    const thresholdText = str('threshold');
    const threshold = thresholdText === undefined ? 90 : Number(thresholdText);
    if (!(threshold > 0 && threshold <= 100))
      return usage(io, '--threshold must be a percentage above 0, at most 100');
    const level = str('level');
    if (level !== undefined && !(LEVELS as readonly string[]).includes(level))
      return usage(io, `--level must be one of ${LEVELS.join(', ')}`);
    const categoriesText = str('categories');
    const categories = categoriesText === undefined ? undefined : Number(categoriesText);
    if (categories !== undefined && !(Number.isInteger(categories) && categories > 0))
      return usage(io, '--categories must be a whole number above 0');
    const options: MeasureOptions = { level: level as Level | undefined, categories };
    const json = v.json === true;

    try {
      const dataFile = str('data');
      if (dataFile !== undefined) {
        if (parsed.positionals.length > 0) return usage(io, '--data takes no FILE besides it');
        for (const option of ['coders', 'unit', 'documents', 'codes'])
          if (str(option) !== undefined)
            return usage(io, `--${option} applies to an exchange FILE, not to --data`);
        if (measures.length !== 1) return usage(io, '--data needs exactly one --measure');
        return await runOnData(io, dataFile, measures[0] as MeasureName, options, json);
      }
      const [file, ...rest] = parsed.positionals;
      if (!file || rest.length > 0) return usage(io, 'expected one exchange FILE, or --data FILE');
      const unit = str('unit') ?? 'character';
      if (!(AGREEMENT_UNITS as readonly string[]).includes(unit))
        return usage(io, `--unit must be one of ${AGREEMENT_UNITS.join(', ')}`);
      const list = (name: string) => str(name)?.split(',').filter(Boolean);
      return await runOnFile(io, file, measures as MeasureName[], options, json, {
        tool,
        threshold: threshold / 100,
        perDocument: v['per-document'] === true,
        unit: unit as AgreementUnit,
        coders: list('coders'),
        documents: list('documents'),
        codes: list('codes'),
      });
    } catch (e) {
      if (e instanceof AgreementInputError)
        return (void io.stderr(`marginalia agreement: ${e.message}\n`), 1);
      throw e;
    }
  },
};

function usage(io: CliIo, message: string): number {
  io.stderr(`marginalia agreement: ${message}\nRun "marginalia agreement --help" for usage.\n`);
  return 2;
}
