import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { resizeSpan } from '../../../../core/anchoring/resize-span';
import { useWorkbench } from '../../app/workbench-context';
import { shownAnnotations } from '../coders/coder-selectors';
import type { DocumentSurface } from '../document-surface/document-surface';
import type { Span } from '../document-surface/types';

const ARROWS: Record<string, { direction: 'forward' | 'backward'; line: boolean }> = {
  ArrowRight: { direction: 'forward', line: false },
  ArrowLeft: { direction: 'backward', line: false },
  ArrowDown: { direction: 'forward', line: true },
  ArrowUp: { direction: 'backward', line: true },
};

/** Places a collapsed selection at the start of the first block visible in the document. */
function caretAtTopOfView(container: HTMLElement): void {
  const top = container.getBoundingClientRect().top;
  const blocks = container.querySelectorAll<HTMLElement>('[data-start]');
  for (const block of blocks) {
    if (block.getBoundingClientRect().bottom > top + 4) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode();
      if (node) window.getSelection()?.collapse(node, 0);
      return;
    }
  }
}

/**
 * The document's keyboard workflow: Shift+arrows select (Ctrl for words, across paragraphs), a
 * code's hotkey applies it to the selection (or toggles it on the selected annotation), `.`
 * applies the last-used code, `/` opens the quick picker, Alt(+Shift)+arrows resize the selected
 * annotation, `[`/`]` step through annotations, Delete moves the selected annotation to the trash.
 */
export function useCodingKeys(options: {
  currentSpan(): Span | null;
  openPicker(): void;
  surface: RefObject<DocumentSurface | null>;
}) {
  const workbench = useWorkbench();
  const { currentSpan, openPicker, surface } = options;
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const state = workbench.state;
      const doc = state.openDocument;
      if (!doc) return;
      const selected = state.selectedAnnotationId;
      const span = currentSpan();
      const arrow = ARROWS[event.key];
      const run = (work: Promise<unknown>) =>
        void work.catch((e: unknown) => workbench.fail('Could not code', e));

      if (arrow && event.shiftKey && !event.altKey) {
        const selection = window.getSelection();
        if (
          !selection ||
          selection.rangeCount === 0 ||
          !event.currentTarget.contains(selection.anchorNode)
        ) {
          caretAtTopOfView(event.currentTarget);
        }
        const granularity = arrow.line
          ? 'line'
          : event.ctrlKey || event.metaKey
            ? 'word'
            : 'character';
        window.getSelection()?.modify('extend', arrow.direction, granularity);
        event.preventDefault();
        return;
      }
      if (arrow && event.altKey && selected && !arrow.line) {
        const annotation = workbench.coding.annotation(selected);
        if (!annotation) return;
        const next = resizeSpan(
          doc.text,
          annotation,
          event.shiftKey ? 'end' : 'start',
          arrow.direction === 'forward' ? 1 : -1,
          event.ctrlKey ? 'word' : 'char',
        );
        run(workbench.coding.resize(selected, next.start, next.end));
        event.preventDefault();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;

      if (event.key === 'Escape') {
        window.getSelection()?.removeAllRanges();
        workbench.selectAnnotation(null);
        return;
      }
      if ((event.key === 'Delete' || event.key === 'Backspace') && selected && !span) {
        run(workbench.coding.remove(selected));
        event.preventDefault();
        return;
      }
      if (event.key === '/') {
        event.preventDefault();
        openPicker();
        return;
      }
      if (event.key === '[' || event.key === ']') {
        // Only the annotations the coder filter shows (the hidden ones are not on screen).
        const list = shownAnnotations(workbench.annotations.all(), state.coderView.filter);
        if (list.length === 0) return;
        const index = list.findIndex((a) => a.id === selected);
        const next =
          event.key === ']'
            ? list[(index + 1) % list.length]
            : list[(index - 1 + list.length) % list.length];
        if (next) {
          workbench.selectAnnotation(next.id);
          surface.current?.scrollToOffset(next.start);
        }
        event.preventDefault();
        return;
      }
      const codeId =
        event.key === '.'
          ? state.lastCodeId
          : state.codes.find(
              (c) =>
                !c.deleted &&
                c.hotkey !== null &&
                c.hotkey.toLowerCase() === event.key.toLowerCase(),
            )?.id;
      if (!codeId) return;
      event.preventDefault();
      if (span) {
        // Cleared now, not after the write: a selection made meanwhile must survive.
        window.getSelection()?.removeAllRanges();
        // Painted at once, not after the write commits; settled when it lands or fails (a
        // failure shows a notice and the highlight goes). The write starts after that frame.
        const pendingId = `pending:${span.start}:${span.end}:${codeId}`;
        surface.current?.paintPending({ id: pendingId, ...span, codeIds: [codeId] });
        run(
          workbench.coding
            .applyCode(span, codeId, { afterPaint: true })
            .finally(() => surface.current?.settle(pendingId)),
        );
      } else if (selected) {
        run(workbench.coding.toggleCode(selected, codeId));
      }
    },
    [workbench, currentSpan, openPicker, surface],
  );
}
