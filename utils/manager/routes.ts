/** The corpus manager's views as hash routes: "#/sources", "#/add?draft=<id>". */

export const VIEWS = ['sources', 'utterances', 'figures', 'timeline', 'disagreements', 'notes', 'transfer', 'add'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Route {
  view: ViewName;
  /** The page draft the add view edits. */
  draftId: string | null;
}

export const DEFAULT_ROUTE: Route = { view: 'sources', draftId: null };

const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const view = VIEWS.find((name) => name === path);
  if (!view) return DEFAULT_ROUTE;
  const draft = new URLSearchParams(query).get('draft');
  return { view, draftId: view === 'add' && draft && DRAFT_ID.test(draft) ? draft : null };
}

export function routeHash(route: Route): string {
  return route.draftId ? `#/${route.view}?draft=${encodeURIComponent(route.draftId)}` : `#/${route.view}`;
}
