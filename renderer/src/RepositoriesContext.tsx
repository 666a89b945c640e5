import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DatabaseX, LoaderCircle } from 'lucide-react';
import {
  createRepositories,
  DatabaseTooNewError,
  openSlaDatabase,
  RepositoriesContext,
  requestPersistentStorage,
  type Repositories,
} from '../db';
import { sampleDealRequest } from '../features/deals/sampleDealRequest';
import { applyUiLanguage, i18n } from '../i18n/i18n';

/** Screens read through live queries on these repositories; one context, the one renderer/db defines. */
export { useRepositories } from '../db';

type OpenState =
  | { phase: 'opening' }
  | { phase: 'ready'; repositories: Repositories }
  | { phase: 'too-new' }
  | { phase: 'failed'; message: string };

async function openRepositories(databaseName?: string): Promise<Repositories> {
  const db = await openSlaDatabase(databaseName);
  const repositories = createRepositories(db);
  await repositories.templates.ensureBuiltIns();
  // Apply the stored UI language before the first screen renders, so it never flickers.
  await applyUiLanguage(await repositories.settings.get('uiLanguage'));
  // First start only (decided once, stored in the settings); never in the way of opening the data.
  await repositories.sampleDeal.ensure(sampleDealRequest(i18n)).catch((error: unknown) => {
    console.warn('The sample deal could not be created:', error);
  });
  void requestPersistentStorage();
  return repositories;
}

let opening: Promise<Repositories> | undefined;

/** Opens the app's storage once at start-up and provides it to the tree. */
export function RepositoriesProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<OpenState>({ phase: 'opening' });

  useEffect(() => {
    let cancelled = false;
    // One database connection per page, even when React runs effects twice in development.
    opening ??= openRepositories();
    opening.then(
      (repositories) => {
        if (!cancelled) setState({ phase: 'ready', repositories });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof DatabaseTooNewError) setState({ phase: 'too-new' });
        else setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.phase === 'ready')
    return <RepositoriesContext.Provider value={state.repositories}>{children}</RepositoriesContext.Provider>;
  return <StartupScreen state={state} />;
}

function StartupScreen({ state }: { state: Exclude<OpenState, { phase: 'ready' }> }) {
  const { t } = useTranslation();
  if (state.phase === 'opening')
    return (
      <div className="startup" role="status" aria-live="polite">
        <LoaderCircle className="startup-spinner" size={20} aria-hidden />
        <span>{t('loading')}</span>
      </div>
    );
  return (
    <div className="startup" role="alert">
      <div className="startup-card">
        <DatabaseX size={28} aria-hidden className="startup-icon" />
        <h1>{state.phase === 'too-new' ? t('startup.tooNewTitle') : t('startup.failedTitle')}</h1>
        <p>{state.phase === 'too-new' ? t('startup.tooNewBody') : t('startup.failedBody')}</p>
        {state.phase === 'failed' && <pre className="startup-detail">{state.message}</pre>}
      </div>
    </div>
  );
}
