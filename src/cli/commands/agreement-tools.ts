import { maxqdaFromProject, nvivoRows } from '../../core/agreement/qda-tool-figures';
import type { ProjectSnapshot } from '../../core/model/snapshot';
import type { CliIo } from '../command';
import { formatNumber } from './agreement-output';

/** The QDA tools whose figures `--measure` can print, for comparison with their reports. */
export const TOOLS = ['nvivo', 'maxqda'] as const;
/** One of the QDA tools. */
export type Tool = (typeof TOOLS)[number];

/** Tells a tool name from a measure name. */
export function isTool(name: string): name is Tool {
  return (TOOLS as readonly string[]).includes(name);
}

/**
 * Prints NVivo's coding comparison (one row per code and document) or MAXQDA's segment-level
 * agreement (one row per code, with its Brennan-Prediger kappa) for two coders of a project.
 * Without chosen coders, the two coders who made annotations are compared; otherwise exit 1.
 */
export function printToolFigures(
  io: CliIo,
  file: string,
  snapshot: ProjectSnapshot,
  tool: Tool,
  choice: { coderIds?: string[]; documentIds?: string[]; codeIds?: string[]; threshold: number },
  json: boolean,
): number {
  const coders = choice.coderIds ?? [
    ...new Set(snapshot.annotations.filter((a) => !a.deleted).map((a) => a.createdBy)),
  ];
  if (coders.length !== 2) {
    io.stderr(
      `${file}: ${tool} compares two coders; choose two with --coders (there are ${coders.length})\n`,
    );
    return 1;
  }
  const [a, b] = coders as [string, string];
  const name = (id: string) => snapshot.coders.find((c) => c.id === id)?.name ?? id;
  const choose = { documentIds: choice.documentIds, codeIds: choice.codeIds };
  if (tool === 'nvivo') {
    const rows = nvivoRows(snapshot, a, b, choose);
    if (json) io.stdout(`${JSON.stringify({ file, tool, coders: [a, b], rows }, null, 2)}\n`);
    else {
      io.stdout(
        `NVivo coding comparison in ${file}: ${name(a)} (A) and ${name(b)} (B); unit: character\n\n`,
      );
      io.stdout(`code\tdocument\tagreement %\tA and B %\tneither %\tA only %\tB only %\tkappa\n`);
      for (const r of rows) {
        const f = r.figures;
        const pct = (n: number) => ((100 * n) / f.units).toFixed(2);
        io.stdout(
          `${r.codeName}\t${r.documentName}\t${f.agreementPercent.toFixed(2)}\t${pct(f.both)}\t${pct(f.neither)}\t${pct(f.onlyA)}\t${pct(f.onlyB)}\t${formatNumber(f.kappa)}\n`,
        );
      }
    }
    return 0;
  }
  const result = maxqdaFromProject(snapshot, a, b, { ...choose, threshold: choice.threshold });
  const codeName = (id: string) => snapshot.codes.find((c) => c.id === id)?.name ?? id;
  if (json) io.stdout(`${JSON.stringify({ file, tool, coders: [a, b], ...result }, null, 2)}\n`);
  else {
    io.stdout(
      `MAXQDA segment agreement in ${file}: ${name(a)} and ${name(b)}; minimum overlap ${Math.round(result.threshold * 100)} %\n\n`,
    );
    io.stdout('code\tagreements\tdisagreements\tpercent\n');
    for (const r of result.codes)
      io.stdout(
        `${codeName(r.codeId)}\t${r.agreements}\t${r.disagreements}\t${r.percent.toFixed(2)}\n`,
      );
    io.stdout(
      `total\t${result.agreements}\t${result.disagreements}\t${result.observed === null ? '—' : (result.observed * 100).toFixed(2)}\n\n` +
        `kappa (Brennan & Prediger, chance 1/${result.codes.length}): ${result.kappa === null ? `undefined (${result.reason})` : formatNumber(result.kappa)}\n`,
    );
  }
  return 0;
}
