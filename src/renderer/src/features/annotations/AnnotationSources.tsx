import type { Annotation, Code } from '../../../../core/model/types';
import { isNeitherDecision } from '../../../../core/model/provenance';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import { provenancePhrase } from './provenance-text';

/**
 * A consensus annotation's provenance in its details: "Consensus from Ada’s and Ben’s
 * annotations", and a button per source that selects it and scrolls the document to it (so the
 * reviewer's reasons can be checked by keyboard too). An "accept neither" decision says so.
 * Nothing for an ordinary annotation.
 */
export function AnnotationSources(props: { annotation: Annotation }) {
  const workbench = useWorkbench();
  useWorkbenchState((s) => s.annotationsVersion);
  const known = useWorkbenchState((s) => s.knownCoders);
  const codes = useWorkbenchState((s) => s.codes);
  const derivedFrom = props.annotation.derivedFrom ?? [];
  if (derivedFrom.length === 0) return null;
  const nameOf = (id: string) => known.find((c) => c.id === id)?.name ?? 'unknown coder';
  const sources = derivedFrom.map((id) => ({ id, found: workbench.coding.annotation(id) }));
  const phrase = provenancePhrase(sources.map((s) => (s.found ? nameOf(s.found.createdBy) : null)));
  const neither = isNeitherDecision(props.annotation);
  return (
    <div className="annotation-sources" role="group" aria-label="Where this annotation came from">
      <p>
        {neither ? 'Decision: neither version accepted' : 'Consensus'} {phrase}
      </p>
      <ul>
        {sources.map(({ id, found }) =>
          found ? (
            <li key={id}>
              <button
                className="link"
                onClick={() => workbench.selectAnnotation(id, { scroll: true })}
              >
                {nameOf(found.createdBy)}’s annotation: {codeNames(found, codes)} (characters{' '}
                {found.start}–{found.end})
              </button>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}

function codeNames(annotation: Annotation, codes: readonly Code[]): string {
  const names = annotation.codeIds.map((id) => codes.find((c) => c.id === id)?.name ?? 'a code');
  return names.length ? names.join(', ') : 'no code';
}
