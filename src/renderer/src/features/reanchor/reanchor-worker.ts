/// <reference lib="webworker" />
// Re-anchors annotations on a new text off the UI thread (see reanchor-protocol.ts).
import { serveReanchor, type ReanchorRequest } from './reanchor-protocol';

const handle = serveReanchor((reply) => self.postMessage(reply));

self.onmessage = (event: MessageEvent<ReanchorRequest>) => void handle(event.data);
