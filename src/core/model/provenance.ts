import type { Annotation } from './types';

/**
 * Whether an annotation records a reviewer's "accept neither": a consensus annotation that names
 * the versions it was adjudicated from (`derivedFrom`) but carries no code. It marks the passage
 * as decided; it is not a coded segment, so formats without provenance leave it out.
 */
export function isNeitherDecision(
  annotation: Pick<Annotation, 'codeIds' | 'derivedFrom'>,
): boolean {
  return annotation.codeIds.length === 0 && (annotation.derivedFrom?.length ?? 0) > 0;
}

/**
 * What a format without a place for provenance (REFI-QDA, CSV) says it could not carry: how many
 * live annotations lost their link to the annotations they came from, and how many "accept
 * neither" decisions were left out. Empty when there was nothing of the kind.
 */
export function provenanceWarnings(annotations: readonly Annotation[], format: string): string[] {
  let links = 0;
  let neither = 0;
  for (const a of annotations) {
    if (a.deleted || !a.derivedFrom?.length) continue;
    if (isNeitherDecision(a)) neither++;
    else links++;
  }
  const warnings: string[] = [];
  if (links > 0)
    warnings.push(
      `${plural(links, 'consensus annotation')} lost the link to the annotations they came from (${format} has no place for it)`,
    );
  if (neither > 0)
    warnings.push(
      `${plural(neither, '"accept neither" decision')} left out (${format} has no place for them)`,
    );
  return warnings;
}

function plural(n: number, what: string): string {
  return n === 1 ? `1 ${what}` : `${n} ${what}s`;
}
