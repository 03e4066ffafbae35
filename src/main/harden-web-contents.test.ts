import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenWebContents } from './harden-web-contents';

type Listener = (event: { url?: string; isMainFrame?: boolean; preventDefault(): void }) => void;

/** A stand-in for WebContents that records listeners, enough to fire the events by hand. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, details: { url?: string; isMainFrame?: boolean }) => {
    let prevented = false;
    listeners.get(name)?.({ ...details, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('hardenWebContents', () => {
  it('blocks navigation to another origin and to our own', () => {
    const fake = fakeContents();
    const log: string[] = [];
    hardenWebContents(fake.contents, (m) => log.push(m));
    expect(fake.fire('will-navigate', { url: 'https://example.com/' })).toBe(true);
    expect(fake.fire('will-navigate', { url: 'app://marginalia/other.html' })).toBe(true);
    expect(log[0]).toMatch(/example\.com/);
  });

  it('blocks sub-frame navigation and webviews, and denies every new window', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, () => undefined);
    expect(
      fake.fire('will-frame-navigate', { url: 'https://example.com/', isMainFrame: false }),
    ).toBe(true);
    expect(fake.fire('will-attach-webview', {})).toBe(true);
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(fake.open('app://marginalia/index.html')).toEqual({ action: 'deny' });
  });
});
