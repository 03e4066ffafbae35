import { useState } from 'react';
import { MemoField } from './MemoField';
import { saveAnnotationMemo } from './save-annotation-memo';
import { resizeSpan } from '../../../../core/anchoring/resize-span';
import { useWorkbench, useWorkbenchState } from '../../app/workbench-context';
import type { Block } from '../../../../core/model/types';
import { AnnotationPlace } from './AnnotationPlace';
import { AnnotationCoder } from '../coders/AnnotationCoder';
import { AnnotationSources } from './AnnotationSources';

const NO_BLOCKS: Block[] = [];

/** The selected annotation: its codes (remove or add), memo, resize buttons and delete. */
export function AnnotationDetails(props: { annotationId: string }) {
  const workbench = useWorkbench();
  useWorkbenchState((s) => s.annotationsVersion);
  const codes = useWorkbenchState((s) => s.codes);
  const text = useWorkbenchState((s) => s.openDocument?.text ?? '');
  const blocks = useWorkbenchState((s) => s.openDocument?.blocks ?? NO_BLOCKS);
  const annotation = workbench.coding.annotation(props.annotationId);
  const [adding, setAdding] = useState('');
  if (!annotation) return null;
  const fail = (e: unknown) => workbench.fail('Could not change the annotation', e);
  const nudge = (edge: 'start' | 'end', direction: 1 | -1) => {
    const next = resizeSpan(text, annotation, edge, direction, 'word');
    void workbench.coding.resize(annotation.id, next.start, next.end).catch(fail);
  };
  const available = codes.filter((c) => !c.deleted && !annotation.codeIds.includes(c.id));

  return (
    <section aria-label="Selected annotation" className="annotation-details">
      <AnnotationPlace
        text={text}
        blocks={blocks}
        start={annotation.start}
        end={annotation.end}
        quote={annotation.quote}
        byline={<AnnotationCoder annotation={annotation} />}
      />
      <AnnotationSources annotation={annotation} />
      <div
        style={{ display: 'flex', gap: 4, flexWrap: 'wrap', marginBottom: 6 }}
        aria-label="Codes on this annotation"
      >
        {annotation.codeIds.map((id) => {
          const code = codes.find((c) => c.id === id);
          if (!code) return null;
          return (
            <span key={id} className="kbd code-chip">
              <span className="swatch" style={{ background: code.color }} />
              <span className="code-name" title={code.name}>
                {code.name}
              </span>
              <button
                className="link"
                aria-label={`Remove code ${code.name}`}
                onClick={() => void workbench.coding.toggleCode(annotation.id, id).catch(fail)}
              >
                ✕
              </button>
            </span>
          );
        })}
        <select
          aria-label="Add a code"
          className="add-code"
          value={adding}
          onChange={(e) => {
            setAdding('');
            if (e.target.value)
              void workbench.coding.toggleCode(annotation.id, e.target.value).catch(fail);
          }}
        >
          <option value="">+ add code</option>
          {available.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <MemoField
        key={annotation.id}
        id="annotation-memo"
        label="Memo"
        value={annotation.memo}
        target={{
          kind: 'annotation',
          id: annotation.id,
          projectId: annotation.projectId,
          documentId: annotation.documentId,
        }}
        onSave={(memo) => saveAnnotationMemo(workbench, annotation.id, memo)}
      />
      <div style={{ display: 'flex', gap: 4, flexWrap: 'wrap', marginTop: 6 }}>
        <button
          aria-label="Extend start"
          title="Alt+← in the document"
          onClick={() => nudge('start', -1)}
        >
          ⇤
        </button>
        <button
          aria-label="Shrink start"
          title="Alt+→ in the document"
          onClick={() => nudge('start', 1)}
        >
          ⇥
        </button>
        <button
          aria-label="Shrink end"
          title="Alt+Shift+← in the document"
          onClick={() => nudge('end', -1)}
        >
          ⇤
        </button>
        <button
          aria-label="Extend end"
          title="Alt+Shift+→ in the document"
          onClick={() => nudge('end', 1)}
        >
          ⇥
        </button>
        <span style={{ flex: 1 }} />
        <button onClick={() => void workbench.coding.remove(annotation.id).catch(fail)}>
          Delete annotation
        </button>
      </div>
    </section>
  );
}
