/// <reference lib="webworker" />
import { handleDocxWorkerRequest, type DocxWorkerRequest } from './docxWorkerProtocol';

/**
 * Reads Word files and compares documents off the UI thread (issue 4: "parsing of big files happens
 * off the UI thread"). One request per worker; the caller terminates it to cancel.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<DocxWorkerRequest>) => {
  void handleDocxWorkerRequest(event.data, (response) => scope.postMessage(response));
};
