export declare function findElectronRuntime(
  root: string,
  env?: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
): { executable: string; version: string } | null;
export declare function recentInstallFailure(root: string, now?: number): number | null;
export declare function installElectronRuntime(
  root: string,
  options?: { timeoutMs?: number },
): Promise<{ ok: boolean; reason?: string }>;
