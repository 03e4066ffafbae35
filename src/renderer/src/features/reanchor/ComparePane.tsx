import { memo } from 'react';
import { piecesOf, type Mark } from './compare-pieces';
import type { CompareRow } from './compare-rows';
import type { Proposal } from './review';

/** The classes of a piece on one side, from the proposals marking it. */
function classesOf(
  side: 'left' | 'right',
  changed: boolean,
  marks: readonly number[],
  proposals: readonly Proposal[],
  current: number,
): string {
  const out: string[] = [];
  if (changed) out.push(side === 'left' ? 'diff-removed' : 'diff-added');
  if (marks.length > 0) {
    const decisions = marks.map((i) => proposals[i]!.decision);
    out.push(
      decisions.includes('accepted')
        ? 'carry-accepted'
        : side === 'left' || marks.some((i) => proposals[i]!.placement.status !== 'orphan')
          ? 'carry-proposed'
          : 'carry-doubtful',
    );
  }
  if (marks.includes(current)) out.push('carry-current');
  return out.join(' ');
}

const percent = (p: Proposal) => `${Math.round(p.confidence * 100)}%`;

/**
 * Both documents side by side, one row per aligned paragraph pair: words only on the left are
 * struck, words only on the right underlined; the source's annotations and their proposed
 * places on the target are highlighted, the one under review outlined. Each piece carries its
 * text offset (`data-at`) so a selection on the right maps back to the target text.
 */
export const ComparePane = memo(function ComparePane(props: {
  rows: readonly CompareRow[];
  leftText: string;
  rightText: string;
  leftName: string;
  rightName: string;
  proposals: readonly Proposal[];
  current: number;
}) {
  const { proposals, current } = props;
  const leftMarks: Mark[] = proposals.map((p, index) => ({
    start: p.annotation.start,
    end: p.annotation.end,
    index,
  }));
  const rightMarks: Mark[] = proposals.flatMap((p, index) =>
    p.span && p.decision !== 'rejected' ? [{ ...p.span, index }] : [],
  );
  const side = (which: 'left' | 'right', row: CompareRow) => {
    const text = which === 'left' ? props.leftText : props.rightText;
    const runs = which === 'left' ? row.left : row.right;
    return (
      <div className={`compare-cell ${which}`} data-side={which}>
        {piecesOf(runs, which === 'left' ? leftMarks : rightMarks).map((piece) => (
          <span
            key={piece.start}
            data-at={piece.start}
            className={classesOf(which, piece.changed, piece.marks, proposals, current)}
            title={
              which === 'right' && piece.marks.length
                ? piece.marks.map((i) => `proposed, ${percent(proposals[i]!)}`).join('; ')
                : undefined
            }
          >
            {text.slice(piece.start, piece.end)}
          </span>
        ))}
      </div>
    );
  };
  return (
    <div className="compare-panes" role="group" aria-label="Documents side by side">
      <div className="compare-row compare-head" aria-hidden="true">
        <div className="compare-cell left">{props.leftName}</div>
        <div className="compare-cell right">{props.rightName}</div>
      </div>
      {props.rows.map((row, i) => (
        <div className="compare-row" key={i}>
          {side('left', row)}
          {side('right', row)}
        </div>
      ))}
    </div>
  );
});

/** The target-text span selected in the right column of the compare view, or null. */
export function selectedTargetSpan(root: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const offsetOf = (node: Node | null, offset: number): number | null => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    const piece = element?.closest<HTMLElement>('[data-at]');
    if (!piece || !root.contains(piece) || !piece.closest('[data-side="right"]')) return null;
    // A selection point on the element itself counts its children; ours have one text node.
    const inner =
      node instanceof Element ? (offset > 0 ? (piece.textContent?.length ?? 0) : 0) : offset;
    return Number(piece.dataset.at) + inner;
  };
  const a = offsetOf(selection.anchorNode, selection.anchorOffset);
  const b = offsetOf(selection.focusNode, selection.focusOffset);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}
