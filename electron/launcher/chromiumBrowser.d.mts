export declare function findChromium(options?: {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  home?: string;
}): string | null;
export declare function browserProfileDirectory(options?: {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  home?: string;
}): string;
export declare function chromiumAppArguments(options: {
  url: string;
  profileDirectory: string;
  platform?: NodeJS.Platform;
  isRoot?: boolean;
}): string[];
export declare function missingDisplayReason(options?: {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
}): string | null;
