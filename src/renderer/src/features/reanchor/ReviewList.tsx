import type { KeyboardEvent } from 'react';
import type { Code } from '../../../../core/model/types';
import type { Proposal } from './review';

const STATUS: Record<Proposal['placement']['status'], string> = {
  exact: 'exact',
  fuzzy: 'fuzzy',
  orphan: 'doubtful',
};

/** How a proposal reads in the list and to a screen reader. */
export function describeProposal(p: Proposal, codeName: (id: string) => string): string {
  const codes = p.annotation.codeIds.map(codeName).join(', ');
  const where = p.byHand
    ? 'placed by hand'
    : p.span
      ? `${STATUS[p.placement.status]}, ${Math.round(p.confidence * 100)}%`
      : 'no place found';
  const decided = p.decision ? `, ${p.decision}` : '';
  return `${codes}: “${p.annotation.quote.slice(0, 60)}” (${where}${decided})`;
}

/**
 * The proposals as a listbox, one by one from the keyboard: ↑/↓ move, N and P jump to the next
 * and previous one still to review, A accepts, R rejects; the focused one is outlined in both
 * texts. Placing by hand: select the span in the right column, press Enter.
 */
export function ReviewList(props: {
  proposals: readonly Proposal[];
  codes: readonly Code[];
  current: number;
  onMove(index: number): void;
  onNextToReview(step: 1 | -1): void;
  onDecide(decision: 'accepted' | 'rejected'): void;
}) {
  const { proposals, current } = props;
  const codeName = (id: string) => props.codes.find((c) => c.id === id)?.name ?? 'code';
  const onKeyDown = (event: KeyboardEvent) => {
    const key = event.key.toLowerCase();
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const actions: Record<string, () => void> = {
      arrowdown: () => props.onMove(Math.min(proposals.length - 1, current + 1)),
      arrowup: () => props.onMove(Math.max(0, current - 1)),
      n: () => props.onNextToReview(1),
      p: () => props.onNextToReview(-1),
      a: () => props.onDecide('accepted'),
      r: () => props.onDecide('rejected'),
    };
    const action = actions[key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  return (
    <ul
      className="list carry-proposals"
      role="listbox"
      aria-label="Proposed placements"
      tabIndex={0}
      aria-activedescendant={proposals.length ? `carry-proposal-${current}` : undefined}
      onKeyDown={onKeyDown}
    >
      {proposals.map((p, i) => (
        <li
          key={p.annotation.id}
          id={`carry-proposal-${i}`}
          role="option"
          aria-selected={i === current}
          data-decision={p.decision ?? 'undecided'}
          className={i === current ? 'current' : undefined}
          onClick={() => props.onMove(i)}
        >
          {describeProposal(p, codeName)}
        </li>
      ))}
    </ul>
  );
}
