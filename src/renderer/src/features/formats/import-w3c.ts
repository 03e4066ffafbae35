import {
  w3cImportChange,
  type W3cIntoProject,
} from '../../../../core/formats/w3c/w3c-into-project';
import { highlightsCsvAsW3c, isHighlightsCsv } from '../../../../core/formats/csv/highlights-csv';
import type { Id } from '../../../../core/model/types';
import type { Workbench } from '../../state/workbench';

/**
 * The file as W3C JSON: Taguette's highlights CSV becomes quote-only W3C annotations; anything
 * else is passed on as it is (the W3C reader refuses what it cannot read, naming the file).
 */
export function asW3c(fileName: string, text: string): string {
  if (!isHighlightsCsv(text)) return text;
  const read = highlightsCsvAsW3c(fileName, text);
  return read.ok ? JSON.stringify(read.annotations) : text;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The preview as lines: what comes in, what was re-anchored, what cannot be placed. */
export function describeW3cPreview(read: W3cIntoProject): string[] {
  if (!read.ok) return read.problems;
  const lines = [
    `${plural(read.annotations.length, 'annotation')} to add` +
      (read.moved.length
        ? ` (${read.moved.length} placed by their quote: the position disagreed)`
        : ''),
    `${plural(read.codes.length, 'new code')}, ${plural(read.coders.length, 'new coder')}`,
  ];
  if (read.alreadyThere)
    lines.push(
      `${plural(read.alreadyThere, 'annotation')} already in the project (not added again)`,
    );
  // Close matches are repairs that are not certain: each is shown before anything is written.
  const close = read.moved.filter((m) => m.reason.includes('closest match'));
  if (close.length) {
    lines.push(`Placed on the closest match of their quote, check them (${close.length}):`);
    for (const m of close.slice(0, 50)) lines.push(`- ${m.id}: ${m.reason}`);
  }
  if (read.orphans.length) {
    lines.push(`Not placed (${read.orphans.length}):`);
    for (const o of read.orphans.slice(0, 50)) lines.push(`- ${o.id}: ${o.reason}`);
  }
  return lines;
}

/**
 * Writes a previewed W3C import into the project as one change set: new coders, codes and
 * annotations land in one transaction or not at all (a failed write leaves no stray coder), and
 * Undo takes the codes and annotations back (coders stay known, as after a merge).
 */
export async function importW3cIntoProject(
  workbench: Pick<Workbench, 'changes' | 'context'>,
  projectId: Id,
  fileName: string,
  read: Extract<W3cIntoProject, { ok: true }>,
): Promise<number> {
  return workbench.changes.change(() => ({
    set: w3cImportChange(read, { projectId, fileName }, workbench.context()),
    value: read.annotations.length,
  }));
}
