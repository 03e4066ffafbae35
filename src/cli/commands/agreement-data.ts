import { z } from 'zod';
import { AgreementInputError } from '../../core/agreement/input-error';
import {
  isSpanMeasure,
  runSpanMeasure,
  runUnitMeasure,
  type MeasureName,
  type MeasureOptions,
  type SpanMeasure,
  type UnitMeasure,
} from '../../core/agreement/measures';
import type { CliIo } from '../command';
import { fail, readText } from './agreement-io';
import { formatResult, resultJson } from './agreement-output';
import type { ReliabilityData } from '../../core/agreement/reliability-data';
import type { SpanData } from '../../core/agreement/spans';
import { formatIssuePath } from '../../core/exchange/issue-path';
import { readJsonObject } from '../../core/exchange/read-json-object';

const value = z.union([z.number().finite(), z.string()]);

/** `{"observers_by_units": [[...], ...]}`: rows are coders, columns units, null for missing. */
const unitsSchema = z.strictObject({
  observers_by_units: z.array(z.array(value.nullable())).min(1, 'Expected at least one coder'),
});

/** `{"continuum": [start, end], "observers": [[[start, end, value], ...], ...]}`. */
const spansSchema = z.strictObject({
  continuum: z.tuple([z.number().int(), z.number().int()]),
  observers: z
    .array(z.array(z.tuple([z.number().int(), z.number().int(), value])))
    .min(1, 'Expected at least one coder'),
});

/** Reliability data read from a `--data` file: units or spans, or every problem found in it. */
export type ReliabilityFile =
  | { ok: true; kind: 'units'; data: ReliabilityData }
  | { ok: true; kind: 'spans'; data: SpanData }
  | { ok: false; message: string };

/**
 * Reads the JSON a methodologist writes to check a measure against their own example: either
 * predefined units or spans on a continuum, validated with zod so every problem is reported with
 * its place in the file (`observers[1][0][2]: …`), each line naming the file.
 */
export function readReliabilityFile(fileName: string, text: string): ReliabilityFile {
  const json = readJsonObject(text);
  if (!json.ok) return { ok: false, message: `${fileName}: ${json.problem.message}` };
  const root = json.root;
  if ('observers_by_units' in root) {
    const parsed = unitsSchema.safeParse(root);
    if (!parsed.success) return { ok: false, message: describe(fileName, parsed.error) };
    return { ok: true, kind: 'units', data: { values: parsed.data.observers_by_units } };
  }
  if ('continuum' in root || 'observers' in root) {
    const parsed = spansSchema.safeParse(root);
    if (!parsed.success) return { ok: false, message: describe(fileName, parsed.error) };
    return {
      ok: true,
      kind: 'spans',
      data: {
        continuum: parsed.data.continuum,
        coders: parsed.data.observers.map((spans) =>
          spans.map(([start, end, v]) => ({ start, end, value: v })),
        ),
      },
    };
  }
  return {
    ok: false,
    message: `${fileName}: expected an object with "observers_by_units" (predefined units) or "continuum" and "observers" (spans)`,
  };
}

function describe(fileName: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${fileName}: ${formatIssuePath(issue.path) || '(file)'}: ${issue.message}`)
    .join('\n');
}

/** `marginalia agreement --data FILE --measure NAME`: one measure on reliability data given as JSON. */
export async function runOnData(
  io: CliIo,
  file: string,
  measure: MeasureName,
  options: MeasureOptions,
  json: boolean,
): Promise<number> {
  const text = await readText(io, file);
  if (text === null) return 1;
  const read = readReliabilityFile(file, text);
  if (!read.ok) return (void io.stderr(`${read.message}\n`), 1);
  const wantsSpans = isSpanMeasure(measure);
  if (wantsSpans !== (read.kind === 'spans'))
    return fail(
      io,
      `${file}: ${measure} is computed on ${wantsSpans ? 'spans ("continuum" and "observers")' : 'predefined units ("observers_by_units")'}, but the file holds ${read.kind}`,
    );
  let result;
  try {
    result =
      read.kind === 'spans'
        ? runSpanMeasure(measure as SpanMeasure, read.data, options)
        : runUnitMeasure(measure as UnitMeasure, read.data, options);
  } catch (e) {
    if (e instanceof AgreementInputError) return fail(io, `${file}: ${e.message}`);
    throw e;
  }
  io.stdout(json ? `${JSON.stringify(resultJson(result), null, 2)}\n` : formatResult(result));
  return 0;
}
