/** The screens reachable by hash URL (`#/deals/abc`). Navigation is UI state, never stored (CONVENTIONS 7). */
export type Route =
  | { screen: 'deals' }
  | { screen: 'deal'; dealId: string }
  | { screen: 'templates' }
  | { screen: 'template'; templateId: string }
  | { screen: 'compare' }
  | { screen: 'dashboard' }
  | { screen: 'settings' };

export type Section = 'deals' | 'templates' | 'compare' | 'dashboard' | 'settings';

/** Unknown or empty hashes land on the deals list, the app's home. */
export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  const [section, id] = parts;
  switch (section) {
    case 'deals':
      return id ? { screen: 'deal', dealId: id } : { screen: 'deals' };
    case 'templates':
      return id ? { screen: 'template', templateId: id } : { screen: 'templates' };
    case 'compare':
    case 'dashboard':
    case 'settings':
      return { screen: section };
    default:
      return { screen: 'deals' };
  }
}

export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'deal':
      return `#/deals/${encodeURIComponent(route.dealId)}`;
    case 'template':
      return `#/templates/${encodeURIComponent(route.templateId)}`;
    default:
      return `#/${route.screen}`;
  }
}

/** Which left-rail entry is highlighted for a route. */
export function sectionOf(route: Route): Section {
  if (route.screen === 'deal') return 'deals';
  if (route.screen === 'template') return 'templates';
  return route.screen;
}
