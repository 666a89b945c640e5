export declare const CONTENT_SECURITY_POLICY: string;
export declare const RENDERER_RESPONSE_HEADERS: Readonly<Record<string, string>>;
export declare function contentTypeFor(filePath: string): string;
export declare function resolveRendererFile(rootDir: string, urlPathname: string): string | null;
