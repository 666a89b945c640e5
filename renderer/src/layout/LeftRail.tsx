import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FileStack, GitCompareArrows, Handshake, LayoutDashboard, Settings } from 'lucide-react';
import type { Route, Section } from '../parseRoute';
import { routeHash } from '../parseRoute';

const ITEMS: { section: Section; icon: ReactNode; route: Route }[] = [
  { section: 'deals', icon: <Handshake size={18} aria-hidden />, route: { screen: 'deals' } },
  { section: 'templates', icon: <FileStack size={18} aria-hidden />, route: { screen: 'templates' } },
  { section: 'compare', icon: <GitCompareArrows size={18} aria-hidden />, route: { screen: 'compare' } },
  { section: 'dashboard', icon: <LayoutDashboard size={18} aria-hidden />, route: { screen: 'dashboard' } },
];

const SETTINGS = {
  section: 'settings' as const,
  icon: <Settings size={18} aria-hidden />,
  route: { screen: 'settings' } as Route,
};

export function LeftRail({ active }: { active: Section }) {
  const { t } = useTranslation();
  const link = (item: (typeof ITEMS)[number]) => (
    <a
      key={item.section}
      href={routeHash(item.route)}
      className="rail-link"
      aria-current={item.section === active ? 'page' : undefined}
      data-testid={`nav-${item.section}`}
    >
      {item.icon}
      <span className="rail-label">{t(`nav.${item.section}`)}</span>
    </a>
  );
  return (
    <nav className="rail" aria-label={t('nav.label')}>
      <div className="rail-brand" aria-hidden>
        <span className="rail-logo">SLA</span>
      </div>
      <div className="rail-links">{ITEMS.map(link)}</div>
      <div className="rail-links rail-bottom">{link(SETTINGS)}</div>
    </nav>
  );
}
