/// <reference lib="webworker" />
import { handleDocxWorkerRequest, KeptReferences, type DocxWorkerRequest } from './docxWorkerProtocol';

/**
 * Reads Word files and compares documents off the UI thread (issue 4: "parsing of big files happens
 * off the UI thread"). A worker serves one request (runDocxWorker) or, kept warm, many
 * (DocxWorkerSession: Compare files); the caller terminates it to cancel.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const kept = new KeptReferences();
scope.onmessage = (event: MessageEvent<DocxWorkerRequest>) => {
  void handleDocxWorkerRequest(event.data, (response) => scope.postMessage(response), kept);
};
