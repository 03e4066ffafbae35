// The Chromium half of `npm run bench`: first paint of a long, densely coded document against
// its text alone, and IndexedDB writes through the storage layer against raw IndexedDB.
import { runSurfaceBench } from '../../src/renderer/src/features/document-surface/surface.bench';
import { benchStorage } from './storage-bench';

/** A titled block of figures. */
interface Section {
  title: string;
  figures: { label: string; value: number; unit: string }[];
}

declare global {
  interface Window {
    runBrowserBench(): Promise<Section[]>;
  }
}

const quick = new URLSearchParams(location.search).get('quick') === '1';

window.runBrowserBench = async () => [
  {
    title: 'Document surface (document length × annotations), first paint',
    figures: await runSurfaceBench(quick ? { paragraphs: 200, annotations: 10_000, runs: 1 } : {}),
  },
  {
    title: 'Storage, IndexedDB (annotations per project)',
    figures: await benchStorage(quick ? 5_000 : 100_000),
  },
];
