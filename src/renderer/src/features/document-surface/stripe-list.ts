import type { PlacedBar } from './stripe-canvas';

/**
 * How long the stripes must stay still before the list follows them (ms): longer than the gaps
 * between the steps of one scroll (wheel notches, thumb drags, jumps), so the list is written
 * once the reader stops, not between steps.
 */
export const STRIPE_LIST_DELAY = 250;

/**
 * What the stripe canvas shows, for screen readers: a visually hidden list with one item per
 * bar, named like the bar ("Trust", or "Ada: Trust, Power" by coder), carrying the annotation,
 * the lane's code or coder and the lane index as data attributes. It follows the canvas once the
 * stripes have been still for `STRIPE_LIST_DELAY` ms, so scrolling never waits on hundreds of
 * list items; items that stay are kept, so a reader's place in the list survives small moves.
 */
export class StripeList {
  readonly element = document.createElement('ul');
  private items = new Map<string, HTMLLIElement>();
  private pending: readonly PlacedBar[] | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly dataKey: () => 'codeId' | 'coderId') {
    this.element.className = 'mc-stripe-list';
  }

  /** Brings the list in step with `bars` after the delay (a later call replaces this one). */
  update(bars: readonly PlacedBar[]): void {
    this.pending = bars;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), STRIPE_LIST_DELAY);
  }

  /** Writes a pending update now. */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const bars = this.pending;
    this.pending = null;
    if (!bars) return;
    const key = this.dataKey();
    const next = new Map<string, HTMLLIElement>();
    const ordered: HTMLLIElement[] = [];
    // Reading order: top to bottom, then lane by lane.
    const sorted = [...bars].sort((a, b) => a.top - b.top || a.lane - b.lane);
    for (const bar of sorted) {
      const id = `${bar.annotationId}\n${bar.key}`;
      let item = this.items.get(id);
      if (
        !item ||
        item.textContent !== bar.label ||
        item.dataset[key] !== bar.key ||
        item.dataset.lane !== String(bar.lane)
      ) {
        item = listItem(bar, key);
      }
      next.set(id, item);
      ordered.push(item);
    }
    this.items = next;
    this.place(ordered);
  }

  /**
   * Makes `ordered` the list's children by removing the items that went and inserting the new
   * ones in place: items that stay are not touched, so their style is not recomputed (replacing
   * all children re-inserted hundreds of items after every scroll).
   */
  private place(ordered: readonly HTMLLIElement[]): void {
    const staying = new Set<Element>(ordered);
    for (const child of [...this.element.children]) if (!staying.has(child)) child.remove();
    let cursor = this.element.firstElementChild;
    for (const item of ordered) {
      if (item === cursor) cursor = cursor.nextElementSibling;
      else this.element.insertBefore(item, cursor);
    }
  }

  /** Empties the list at once (another document, other lanes). */
  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.items = new Map();
    this.element.replaceChildren();
  }
}

function listItem(bar: PlacedBar, key: 'codeId' | 'coderId'): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'mc-stripe';
  item.textContent = bar.label;
  item.setAttribute('aria-label', bar.label);
  item.dataset.annotationId = bar.annotationId;
  item.dataset[key] = bar.key;
  item.dataset.lane = String(bar.lane);
  return item;
}
