import { useWorkbenchState } from '../../app/workbench-context';
import type { Annotation } from '../../../../core/model/types';
import { useCoderEntries } from './use-coder-entries';

/**
 * Who coded the selected annotation, in their colour, and who changed it last when that is
 * someone else: in team work the first question about a segment is whose it is. A byline on
 * the paragraph's line, so the details panel grows no taller.
 */
export function AnnotationCoder(props: {
  annotation: Pick<Annotation, 'createdBy' | 'updatedBy'>;
}) {
  const entries = useCoderEntries();
  const known = useWorkbenchState((s) => s.knownCoders);
  const { createdBy, updatedBy } = props.annotation;
  const nameOf = (id: string) =>
    entries.find((e) => e.id === id)?.name ??
    known.find((c) => c.id === id)?.name ??
    'unknown coder';
  const color = entries.find((e) => e.id === createdBy)?.color;
  return (
    <span className="annotation-byline">
      {' · '}
      <span className="swatch" style={{ background: color }} aria-hidden="true" />
      Coded by {nameOf(createdBy)}
      {updatedBy !== createdBy && `, changed by ${nameOf(updatedBy)}`}
    </span>
  );
}
