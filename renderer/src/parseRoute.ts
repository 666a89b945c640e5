/** The screens reachable by hash URL (`#/deals/abc`). Navigation is UI state, never stored (CONVENTIONS 7). */
export type Route =
  | { screen: 'deals' }
  | { screen: 'deal'; dealId: string }
  /** `#/deals/:id/compare?a=<roundId>&b=<roundId|draft>`; without a/b the screen picks its default pair. */
  | { screen: 'deal-compare'; dealId: string; a?: string; b?: string }
  /** `#/deals/:id/monitoring`: the signed agreement's incidents, measurement, report and reviews. */
  | { screen: 'deal-monitoring'; dealId: string }
  | { screen: 'templates' }
  | { screen: 'template'; templateId: string }
  | { screen: 'compare' }
  | { screen: 'dashboard' }
  | { screen: 'settings' };

export type Section = 'deals' | 'templates' | 'compare' | 'dashboard' | 'settings';

/** Unknown or empty hashes land on the deals list, the app's home. */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.split('?', 2);
  const parts = path
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
  const [section, id, sub] = parts;
  switch (section) {
    case 'deals':
      if (id && sub === 'compare') {
        const query = new URLSearchParams(search);
        const route: Route = { screen: 'deal-compare', dealId: id };
        const a = query.get('a');
        const b = query.get('b');
        if (a) route.a = a;
        if (b) route.b = b;
        return route;
      }
      if (id && sub === 'monitoring') return { screen: 'deal-monitoring', dealId: id };
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
    case 'deal-compare': {
      const query = new URLSearchParams();
      if (route.a) query.set('a', route.a);
      if (route.b) query.set('b', route.b);
      const search = query.toString();
      return `#/deals/${encodeURIComponent(route.dealId)}/compare${search ? `?${search}` : ''}`;
    }
    case 'deal-monitoring':
      return `#/deals/${encodeURIComponent(route.dealId)}/monitoring`;
    case 'template':
      return `#/templates/${encodeURIComponent(route.templateId)}`;
    default:
      return `#/${route.screen}`;
  }
}

/** Which left-rail entry is highlighted for a route. */
export function sectionOf(route: Route): Section {
  if (route.screen === 'deal' || route.screen === 'deal-compare' || route.screen === 'deal-monitoring')
    return 'deals';
  if (route.screen === 'template') return 'templates';
  return route.screen;
}
