// Storage micro-benchmark page: the app's storage layer against raw IndexedDB, in Chromium.
import { benchStorage, type StorageTimes } from './storage-bench';

declare global {
  interface Window {
    runStorageBench(n: number): Promise<StorageTimes>;
  }
}

window.runStorageBench = benchStorage;
