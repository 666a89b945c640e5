import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const LOOPBACK_HOST: string;
export declare function createRendererRequestHandler(
  rootDir: string,
): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
export declare function startRendererServer(options: {
  rootDir: string;
  port?: number;
}): Promise<{ url: string; port: number; close: () => Promise<void> }>;
