// Import benchmark page: an exchange file imported in a worker, by the product's own steps and by
// raw IndexedDB (the baseline), each into a fresh database of this profile.
import type { ImportBenchRequest, ImportTimes } from './import-worker';

declare global {
  interface Window {
    runImportBench(request: ImportBenchRequest): Promise<ImportTimes>;
  }
}

/** Runs one import in a new worker and resolves with its timings. */
window.runImportBench = (request) =>
  new Promise<ImportTimes>((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportTimes | { error: string }>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
