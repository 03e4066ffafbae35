import type { QdeProject } from './qde-model';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Plain sentences for everything in a REFI-QDA file that Marginalia has no place for (it codes
 * text only, and has no sets, cases, variables, links or graphs), for the import report.
 */
export function describeNotCarried(qde: QdeProject): string[] {
  const n = qde.notCarried;
  const lines: string[] = [];
  const media: [number, string][] = [
    [n.pdfSources, 'PDF source'],
    [n.pictureSources, 'picture source'],
    [n.audioSources, 'audio source'],
    [n.videoSources, 'video source'],
  ];
  const kept = media.filter(([count]) => count > 0).map(([count, what]) => plural(count, what));
  if (kept.length > 0) {
    lines.push(
      `${kept.join(', ')} (Marginalia codes text only; a PDF's text layer is imported where present)`,
    );
  }
  if (n.nonTextSelections > 0) {
    lines.push(
      `${plural(n.nonTextSelections, 'selection')} in PDF pages, pictures, audio or video`,
    );
  }
  if (n.sourceCodings > 0) lines.push(`${plural(n.sourceCodings, 'coding')} of whole sources`);
  const groups: [number, string][] = [
    [n.sets, 'set'],
    [n.cases, 'case'],
    [n.variables, 'variable'],
    [n.links, 'link'],
    [n.graphs, 'graph'],
  ];
  for (const [count, what] of groups) if (count > 0) lines.push(plural(count, what));
  const folders = countFolders(qde.codes);
  if (folders > 0) {
    lines.push(`${plural(folders, 'code')} marked not codable (folders) import as ordinary codes`);
  }
  return lines;
}

function countFolders(codes: QdeProject['codes']): number {
  return codes.reduce((n, c) => n + (c.isCodable ? 0 : 1) + countFolders(c.children), 0);
}
