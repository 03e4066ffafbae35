import type { WebContents } from 'electron';

/**
 * Locks down every web contents the app creates (our window, and anything a bug might spawn):
 * no navigation away from the loaded page (reloads are not navigations and still work), no new
 * windows, no `<webview>`. The workbench is one page; links to elsewhere have nowhere to go.
 */
export function hardenWebContents(
  contents: WebContents,
  log: (message: string) => void = console.warn,
): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    log(`Blocked navigation to ${event.url}`);
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // the main frame is handled by will-navigate above
    event.preventDefault();
    log(`Blocked frame navigation to ${event.url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`Blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}
