import { createContext, useContext } from 'react';
import type { Repositories } from './repositories';

/** Provided once at the app root: `<RepositoriesContext value={repositories}>`. */
export const RepositoriesContext = createContext<Repositories | null>(null);

export function useRepositories(): Repositories {
  const repositories = useContext(RepositoriesContext);
  if (!repositories) throw new Error('useRepositories needs a RepositoriesContext provider above it.');
  return repositories;
}
