// The peer: @recogito/text-annotator with its default renderer, given the same text (as <p>
// paragraphs) and the same annotations as W3C TextPositionSelector + TextQuoteSelector.
// Clicking "Render" renders the text, creates the annotator and sets the annotations.
import {
  createTextAnnotator,
  W3CTextFormat,
  type W3CTextAnnotation,
} from '@recogito/text-annotator';
import '@recogito/text-annotator/text-annotator.css';
import { loadParagraphs, mountScroller, startButton } from './layout';

const count = Number(new URLSearchParams(location.search).get('annotations') ?? 0);
const { text } = mountScroller('peer');
const paragraphs = await loadParagraphs();
const annotations = (await (
  await fetch(`/__data/peer-${count}.json`)
).json()) as W3CTextAnnotation[];
startButton('Render', () => {
  const fragment = document.createDocumentFragment();
  for (const p of paragraphs) {
    const el = document.createElement('p');
    el.textContent = p;
    fragment.append(el);
  }
  text.append(fragment);
  const annotator = createTextAnnotator(text, { adapter: W3CTextFormat('bench', text) });
  annotator.setAnnotations(annotations);
});
