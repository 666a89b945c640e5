import { Suspense, useEffect } from 'react';
import { Toaster } from '../components/Toaster';
import { DealsScreen } from '../features/deals/DealsScreen';
import { NewDealDialog } from '../features/deals/NewDealDialog';
import { useNewDealShortcut } from '../features/deals/useNewDealShortcut';
import { useAutomaticBackups } from '../features/backup/useAutomaticBackups';
import { AutomaticBackupBanner } from '../features/backup/AutomaticBackupBanner';
import { DataLossNotice } from '../features/safety/DataLossNotice';
import { RendererRecoveredNotice } from '../features/safety/RendererRecoveredNotice';
import { GlobalDialogs } from '../features/shortcuts/GlobalDialogs';
import {
  CompareFilesScreen,
  CompareScreen,
  DashboardScreen,
  MonitoringNotifications,
  preloadScreens,
  SettingsScreen,
  SignedDealScreen,
  TemplateScreen,
  TemplatesScreen,
} from './lazyScreens';
import { LeftRail } from './layout/LeftRail';
import { TitleBar } from './layout/TitleBar';
import type { Route } from './parseRoute';
import { routeHash, sectionOf } from './parseRoute';
import { RepositoriesProvider } from './RepositoriesContext';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { useRoute } from './useRoute';
import { useUiLanguageSetting } from './useUiLanguageSetting';
import { WorkspaceSlot } from './WorkspaceSlot';

export function App() {
  return (
    <RepositoriesProvider>
      <Shell />
    </RepositoriesProvider>
  );
}

function Shell() {
  const route = useRoute();
  useUiLanguageSetting();
  useNewDealShortcut();
  useAutomaticBackups();
  useEffect(preloadScreens, []);
  return (
    <>
      <div className="app">
        <LeftRail active={sectionOf(route)} />
        <div className="app-main">
          <TitleBar route={route} />
          <div className="app-banners">
            <RendererRecoveredNotice />
            <DataLossNotice />
            <AutomaticBackupBanner />
          </div>
          <main className="app-content" data-screen={route.screen}>
            <ScreenErrorBoundary resetKey={routeHash(route)}>
              <Suspense fallback={null}>
                <Screen route={route} />
              </Suspense>
            </ScreenErrorBoundary>
          </main>
        </div>
      </div>
      <NewDealDialog />
      <GlobalDialogs />
      <Toaster />
      <Suspense fallback={null}>
        <MonitoringNotifications />
      </Suspense>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'deals':
      return <DealsScreen />;
    case 'deal':
      return <WorkspaceSlot dealId={route.dealId} />;
    case 'deal-compare':
      return <CompareScreen key={route.dealId} dealId={route.dealId} a={route.a} b={route.b} />;
    case 'templates':
      return <TemplatesScreen />;
    case 'template':
      return <TemplateScreen key={route.templateId} templateId={route.templateId} />;
    case 'compare':
      return <CompareFilesScreen />;
    case 'deal-monitoring':
      return <SignedDealScreen key={route.dealId} dealId={route.dealId} />;
    case 'dashboard':
      return <DashboardScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}
