/// <reference lib="webworker" />
// Computes agreement tables off the UI thread: a large study (100,000 annotations) never freezes
// the workbench, reports progress, and is cancelled by terminating this worker.
import { createStorage, openDatabase, type Storage } from '../../storage';
import { answerAgreementRequest, type AgreementRequest } from './agreement-protocol';

/** The profile's database, opened by the worker itself so a project never crosses threads. */
let storage: Storage | null = null;

self.onmessage = (event: MessageEvent<AgreementRequest>) => {
  storage ??= createStorage(openDatabase());
  void answerAgreementRequest(event.data, storage, (reply) => self.postMessage(reply));
};
