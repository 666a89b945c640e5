import { BUILT_IN_TEMPLATES } from '../../shared/templates/builtInTemplates';
import { buildRepositories, type Repositories, type RepositoryOptions } from './repositories';
import type { SlaDatabase } from './SlaDatabase';

/** The app's repositories over an open database, with the built-in templates shipped in this build. */
export function createRepositories(db: SlaDatabase, options: Partial<RepositoryOptions> = {}): Repositories {
  return buildRepositories(db, { builtInTemplates: BUILT_IN_TEMPLATES, ...options });
}
