// The bare limit: the benchmark text as plain <p> paragraphs, no product code, laid out like
// the workbench's text column. Clicking "Render" appends them; the probe times the paint.
import { loadParagraphs, mountScroller, startButton } from './layout';

const { text } = mountScroller('bare');
const paragraphs = await loadParagraphs();
startButton('Render', () => {
  const fragment = document.createDocumentFragment();
  for (const p of paragraphs) {
    const el = document.createElement('p');
    el.textContent = p;
    fragment.append(el);
  }
  text.append(fragment);
});
