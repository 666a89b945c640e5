import { lazy } from 'react';

/**
 * Every screen but the deals list (the first screen) is its own chunk, loaded on first visit
 * (issue 12 §4): the start-up bundle holds the shell and the deals list only. The loaders are kept
 * so `preloadScreens` can fetch the likely next screens while the app is idle, so a first visit does
 * not wait for the network-free but still measurable fetch-and-parse of its chunk.
 */
const loaders = {
  workspace: () => import('../features/workspace/DealWorkspace'),
  compare: () => import('../features/compare/CompareScreen'),
  compareFiles: () => import('../features/compareFiles/CompareFilesScreen'),
  templates: () => import('../features/templates/TemplatesScreen'),
  template: () => import('../features/templates/TemplateScreen'),
  settings: () => import('../features/settings/SettingsScreen'),
  signedDeal: () => import('../features/monitoring/SignedDealScreen'),
  dashboard: () => import('../features/dashboard/DashboardScreen'),
  wordActions: () => import('../features/word/WordActions'),
};

export const DealWorkspace = lazy(() => loaders.workspace().then((m) => ({ default: m.DealWorkspace })));
export const CompareScreen = lazy(() => loaders.compare().then((m) => ({ default: m.CompareScreen })));
export const CompareFilesScreen = lazy(() =>
  loaders.compareFiles().then((m) => ({ default: m.CompareFilesScreen })),
);
export const TemplatesScreen = lazy(() => loaders.templates().then((m) => ({ default: m.TemplatesScreen })));
export const TemplateScreen = lazy(() => loaders.template().then((m) => ({ default: m.TemplateScreen })));
export const SettingsScreen = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsScreen })));
export const SignedDealScreen = lazy(() =>
  loaders.signedDeal().then((m) => ({ default: m.SignedDealScreen })),
);
export const DashboardScreen = lazy(() => loaders.dashboard().then((m) => ({ default: m.DashboardScreen })));
/** Not a screen, but mounted by the shell at start; its agreement measurement need not delay the first screen. */
export const MonitoringNotifications = lazy(() =>
  import('../features/monitoring/MonitoringNotifications').then((m) => ({
    default: m.MonitoringNotifications,
  })),
);

/**
 * Fetches the deal workspace (the screen opened most) and its Word actions once the first screen is
 * idle, one chunk per idle period so no single task grows long.
 */
export function preloadScreens(): void {
  const queue = [loaders.workspace, loaders.wordActions, loaders.templates];
  const idle =
    typeof requestIdleCallback === 'function'
      ? (run: () => void) => requestIdleCallback(run, { timeout: 3_000 })
      : (run: () => void) => setTimeout(run, 200);
  const next = () => {
    const load = queue.shift();
    if (!load) return;
    load().then(
      () => idle(next),
      // A failed preload is retried by React.lazy when the screen is opened; nothing to show here.
      () => undefined,
    );
  };
  idle(next);
}
