/// <reference lib="webworker" />
// Parses documents off the UI thread in browser mode, with the same core parsers main uses.
import { parseBatch } from '../../../core/corpus/import-batch';
import type { InputFile } from '../../../core/corpus/parse-outcome';
import type { KnownDocument } from './platform';

/** A request to the parse worker. */
export interface ParseRequest {
  id: number;
  files: InputFile[];
  known: KnownDocument[];
}

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { id, files, known } = event.data;
  try {
    const result = await parseBatch(files, known, (done, total) =>
      self.postMessage({ id, progress: { done, total } }),
    );
    self.postMessage({ id, result });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
