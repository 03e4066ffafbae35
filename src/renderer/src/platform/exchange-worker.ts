/// <reference lib="webworker" />
// Exports and reads exchange files off the UI thread (export, backups, import validation).
import { createStorage, openDatabase, type Storage } from '../storage';
import {
  exportStoredProject,
  readExchangeText,
  writeExchangeText,
  type ExportRequest,
  type ProjectExportRequest,
} from './exchange-work';

/** The profile's database, opened by the worker itself so a project never crosses threads. */
let storage: Storage | null = null;

/** What the exchange worker is asked to do. */
export type ExchangeJob =
  | { type: 'export'; request: ExportRequest }
  | { type: 'export-project'; request: ProjectExportRequest }
  | { type: 'read'; fileName: string; text: string };

/** A job with its id, as posted to the worker. */
export type ExchangeWorkerRequest = ExchangeJob & { id: number };

self.onmessage = async (event: MessageEvent<ExchangeWorkerRequest>) => {
  const message = event.data;
  try {
    let result: unknown;
    if (message.type === 'export') result = writeExchangeText(message.request);
    else if (message.type === 'read')
      result = await readExchangeText(message.fileName, message.text);
    else {
      storage ??= createStorage(openDatabase());
      result = await exportStoredProject(storage, message.request);
    }
    self.postMessage({ id: message.id, result });
  } catch (error) {
    self.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
