import { BUILT_IN_TEMPLATE_KEYS } from '../../shared/templates/builtInManifest';
import { buildRepositories, type Repositories, type RepositoryOptions } from './repositories';
import type { SlaDatabase } from './SlaDatabase';

/**
 * The app's repositories over an open database, with the built-in templates shipped in this build.
 * Their clause text is loaded only when a start finds one of them missing from the database (the
 * first start, or a build with a new family version): it is not part of the start-up code (issue 12 §4).
 */
export function createRepositories(db: SlaDatabase, options: Partial<RepositoryOptions> = {}): Repositories {
  return buildRepositories(db, {
    builtInTemplates: {
      keys: BUILT_IN_TEMPLATE_KEYS,
      load: () => import('../../shared/templates/builtInTemplates').then((m) => m.BUILT_IN_TEMPLATES),
    },
    ...options,
  });
}
