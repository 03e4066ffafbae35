import { STRIPE_LIST_DELAY } from './stripe-list';
import { MAX_LANE_PITCH } from './stripes';
import { nextFrames } from './surface-fixtures';

/** One item of the stripes' accessible list, as tests read it. */
export interface ListedStripe {
  annotation: string | undefined;
  code: string | undefined;
  coder: string | undefined;
  label: string | null;
  lane: number;
}

/** Resolves once the painter and stripes have drawn and the accessible list has followed. */
export async function stripesSettled(): Promise<void> {
  await nextFrames();
  await new Promise((resolve) => setTimeout(resolve, STRIPE_LIST_DELAY + 20));
}

/** The accessible list's items in the gutter. */
export function listedStripes(gutter: Element): ListedStripe[] {
  return [...gutter.querySelectorAll<HTMLElement>('.mc-stripe-list > li')].map((item) => ({
    annotation: item.dataset.annotationId,
    code: item.dataset.codeId,
    coder: item.dataset.coderId,
    label: item.getAttribute('aria-label'),
    lane: Number(item.dataset.lane),
  }));
}

/**
 * The colour the stripe canvas shows at a viewport point, as `rgb(r, g, b)`, or null where it
 * is transparent or the point is off the canvas.
 */
export function stripeColorAt(gutter: Element, x: number, y: number): string | null {
  const canvas = gutter.querySelector<HTMLCanvasElement>('canvas.mc-stripe-canvas');
  if (!canvas) return null;
  const box = canvas.getBoundingClientRect();
  if (x < box.left || x >= box.right || y < box.top || y >= box.bottom) return null;
  const px = Math.floor(((x - box.left) * canvas.width) / box.width);
  const py = Math.floor(((y - box.top) * canvas.height) / box.height);
  const [r, g, b, a] = canvas.getContext('2d')!.getImageData(px, py, 1, 1).data;
  return a === 0 ? null : `rgb(${r}, ${g}, ${b})`;
}

/** The horizontal middle of lane `lane` in viewport coordinates, given the lanes' pitch. */
export function laneX(gutter: Element, lane: number, lanes: number): number {
  const box = gutter.getBoundingClientRect();
  const pitch = Math.min(MAX_LANE_PITCH, box.width / Math.max(1, lanes));
  return box.left + lane * pitch + Math.max(1, pitch - 1) / 2;
}
