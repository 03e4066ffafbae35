// The probe's self-check page (bench/app/probe-check.ts): a paragraph and a key handler that
// paints one more range into a CSS highlight named like the workbench's code highlights, in a
// way the harness chooses (`window.setPaintMode`). Each mode has a known true answer, so the
// probe's figures for it can be checked: painted in the handler (one frame or less), after a
// 40 ms busy wait in the handler (at least 40 ms), or in a later task 60 ms on (at least 60 ms,
// and never credited to the key's own frame).
/** How the next key press paints (see the page's comment). */
type PaintMode = 'sync' | 'busy40' | 'deferred60';

const text = document.createElement('p');
text.textContent = 'The quick brown fox jumps over the lazy dog. '.repeat(40);
text.style.font = '16px sans-serif';
document.body.append(text);
const style = document.createElement('style');
style.textContent = '::highlight(check-c1) { background: #fc6; }';
document.head.append(style);

const node = text.firstChild as Text;
const highlight = new Highlight();
CSS.highlights.set('check-c1', highlight);
let mode: PaintMode = 'sync';
let painted = 0;

/** Paints one more range (a different word each time, so the frame really changes). */
function paint(): void {
  const at = (painted++ * 45) % (node.length - 10);
  const range = new Range();
  range.setStart(node, at);
  range.setEnd(node, at + 9);
  highlight.add(range);
}

addEventListener('keydown', () => {
  if (mode === 'sync') paint();
  else if (mode === 'busy40') {
    const until = performance.now() + 40;
    while (performance.now() < until) {
      // Busy: the key's task takes 40 ms before it paints.
    }
    paint();
  } else setTimeout(paint, 60);
});

(window as unknown as { setPaintMode(m: PaintMode): void }).setPaintMode = (m) => (mode = m);
