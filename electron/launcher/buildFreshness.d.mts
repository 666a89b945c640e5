export declare const BUILD_OUTPUTS: readonly string[];
export declare function buildStaleReason(root: string): string | null;
