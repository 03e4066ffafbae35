/// <reference lib="webworker" />
// Exports and reads exchange files off the UI thread (export, backups, import validation).
import { readExchangeText, writeExchangeText, type ExportRequest } from './exchange-work';

/** What the exchange worker is asked to do. */
export type ExchangeJob =
  { type: 'export'; request: ExportRequest } | { type: 'read'; fileName: string; text: string };

/** A job with its id, as posted to the worker. */
export type ExchangeWorkerRequest = ExchangeJob & { id: number };

self.onmessage = async (event: MessageEvent<ExchangeWorkerRequest>) => {
  const message = event.data;
  try {
    const result =
      message.type === 'export'
        ? writeExchangeText(message.request)
        : await readExchangeText(message.fileName, message.text);
    self.postMessage({ id: message.id, result });
  } catch (error) {
    self.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
