import { join } from 'node:path';
import type { App } from 'electron';

/** The folder name under the OS app-data folder. Changing it hides all saved data: needs a migration. */
export const USER_DATA_FOLDER = 'SLA Workbench';

/**
 * Electron derives userData from the app's name, so renaming the product would silently start
 * with an empty database (DESIGN §8). Pinning it keeps the IndexedDB where it is. Must run before
 * `ready`. `SLA_WORKBENCH_USER_DATA_DIR` lets tests run against a throw-away folder.
 */
export function pinUserDataPath(
  app: Pick<App, 'getPath' | 'setPath'>,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const override = env.SLA_WORKBENCH_USER_DATA_DIR?.trim();
  const path = override ? override : join(app.getPath('appData'), USER_DATA_FOLDER);
  app.setPath('userData', path);
  return path;
}
