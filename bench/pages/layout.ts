/** The text column of the workbench, measured in the same run, so baselines lay out alike. */
export interface TextLayout {
  width: number;
  height: number;
  font: string;
  lineHeight: string;
}

/** Reads the layout from the page's query (`?layout=<json>`) and builds the scroller with it. */
export function mountScroller(id: string): { scroller: HTMLElement; text: HTMLElement } {
  const raw = new URLSearchParams(location.search).get('layout');
  const layout: TextLayout = raw
    ? (JSON.parse(raw) as TextLayout)
    : { width: 640, height: 800, font: '16px serif', lineHeight: '1.6' };
  const scroller = document.createElement('div');
  scroller.id = `${id}-scroll`;
  scroller.style.cssText = `height:${layout.height}px;overflow:auto;position:relative`;
  const text = document.createElement('div');
  text.id = `${id}-text`;
  text.style.cssText = `width:${layout.width}px;margin:0 auto;font:${layout.font};line-height:${layout.lineHeight};white-space:pre-wrap;overflow-wrap:break-word;position:relative`;
  scroller.append(text);
  document.body.style.margin = '0';
  document.body.append(scroller);
  return { scroller, text };
}

/** The benchmark text, split into paragraphs at blank lines (as the plain-text parser does). */
export async function loadParagraphs(): Promise<string[]> {
  const text = await (await fetch('/__data/text.txt')).text();
  return text.split('\n\n');
}

/** A button the harness clicks to start timing (the click is the input event measured). */
export function startButton(label: string, onClick: () => void): void {
  const button = document.createElement('button');
  button.textContent = label;
  button.style.cssText = 'position:fixed;right:4px;top:4px;z-index:10';
  button.addEventListener('click', onClick, { once: true });
  document.body.append(button);
}
