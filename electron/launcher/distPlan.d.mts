export declare const MISSING_RUNTIME_EXIT: number;
export declare function planDist(input: {
  runtime: { executable: string; version: string } | null;
  platform: NodeJS.Platform;
  args?: string[];
}): { ok: true; builderArgs: string[]; targets: string } | { ok: false; message: string };
