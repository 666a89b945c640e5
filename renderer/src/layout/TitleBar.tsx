import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { ChevronRight } from 'lucide-react';
import type { Route } from '../parseRoute';
import { routeHash, sectionOf } from '../parseRoute';
import { useRepositories } from '../RepositoriesContext';

/** The compact bar above every screen: where you are, and for a deal its customer and round. */
export function TitleBar({ route }: { route: Route }) {
  const { t } = useTranslation();
  const section = sectionOf(route);
  return (
    <header className="titlebar">
      <nav className="breadcrumbs" aria-label={t('breadcrumb')}>
        {route.screen === 'deal' ||
        route.screen === 'deal-compare' ||
        route.screen === 'deal-monitoring' ||
        route.screen === 'template' ? (
          <a href={routeHash({ screen: section } as Route)} className="crumb-link">
            {t(`nav.${section}`)}
          </a>
        ) : (
          <span className="crumb-current">{t(`nav.${section}`)}</span>
        )}
        {(route.screen === 'deal' ||
          route.screen === 'deal-compare' ||
          route.screen === 'deal-monitoring') && <DealCrumb dealId={route.dealId} />}
        {route.screen === 'template' && <TemplateCrumb templateId={route.templateId} />}
      </nav>
      <span className="titlebar-app">{t('appName')}</span>
    </header>
  );
}

function DealCrumb({ dealId }: { dealId: string }) {
  const { deals, rounds } = useRepositories();
  const deal = useLiveQuery(() => deals.get(dealId), [deals, dealId]);
  const roundCount = useLiveQuery(async () => (await rounds.list(dealId)).length, [rounds, dealId]);
  if (!deal) return null;
  return (
    <>
      <ChevronRight size={14} aria-hidden className="crumb-sep" />
      <span className="crumb-current" data-testid="titlebar-deal">
        {deal.title}
      </span>
      {!deal.title.includes(deal.customer.name) && (
        <span className="crumb-customer">{deal.customer.name}</span>
      )}
      {roundCount !== undefined && roundCount > 0 && <RoundLabel count={roundCount} />}
    </>
  );
}

function RoundLabel({ count }: { count: number }) {
  const { t } = useTranslation();
  return <span className="crumb-meta">{t('round', { number: count })}</span>;
}

function TemplateCrumb({ templateId }: { templateId: string }) {
  const { templates } = useRepositories();
  const template = useLiveQuery(() => templates.get(templateId), [templates, templateId]);
  if (!template) return null;
  return (
    <>
      <ChevronRight size={14} aria-hidden className="crumb-sep" />
      <span className="crumb-current">{template.name}</span>
    </>
  );
}
