import type { AlignReport } from './align-to-project';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line for the user: what an imported file was found to share with the project. */
export function describeAlignment(r: AlignReport): string {
  const byText = r.documents.filter((d) => d.by === 'normalized-text').length;
  const byHash = r.documents.length - byText;
  const parts = [
    byHash ? `${plural(byHash, 'document')} by content` : '',
    byText ? `${plural(byText, 'document')} by text (line ends, BOM, trailing space aside)` : '',
    r.codes ? `${plural(r.codes, 'code')} by path` : '',
    r.coders ? `${plural(r.coders, 'coder')} by name` : '',
  ].filter(Boolean);
  const known = [
    r.annotations ? `${plural(r.annotations, 'annotation')}` : '',
    r.codings ? `${plural(r.codings, 'coding')} on other annotations` : '',
  ].filter(Boolean);
  return [
    parts.length ? `matched ${parts.join(', ')}` : 'matched nothing by content',
    known.length ? `already in the project (not added again): ${known.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
