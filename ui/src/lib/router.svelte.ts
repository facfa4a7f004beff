// Hash routing (#/dashboard, #/engagements/3…): the screen survives a reload, links are real
// links, and no router library is needed.

export type Route =
  | { name: 'dashboard' }
  | { name: 'engagements' }
  | { name: 'engagement-new' }
  | { name: 'engagement'; id: number }
  | { name: 'submissions' }
  | { name: 'submission-new'; engagementId: number | null }
  | { name: 'submission'; id: number; sectionId: number | null; highlight: string }
  | { name: 'calendar'; date: string | null }
  | { name: 'settings' }
  | { name: 'backups' }
  | { name: 'bin' }
  | { name: 'recommendations'; newOnly: boolean; theme: string }
  | { name: 'plan'; action: number | null; indicator: number | null }
  | { name: 'library'; entry: string | null }
  | { name: 'contributions'; id: number | null }
  | { name: 'not-found' };

/** A URI component decoded, or as it is when it is not a valid encoding (a hand-typed address). */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseHash(hash: string): Route {
  const calendar = /^#?\/?calendar\/?(?:\?date=(\d{4}-\d{2}-\d{2}))?$/.exec(hash);
  if (calendar) return { name: 'calendar', date: calendar[1] ?? null };
  const recommendations = /^#?\/?recommendations\/?(\?new=1)?$/.exec(hash);
  if (recommendations) return { name: 'recommendations', newOnly: recommendations[1] !== undefined, theme: '' };
  const byTheme = /^#?\/?recommendations\/?\?theme=([^&]*)$/.exec(hash);
  if (byTheme) return { name: 'recommendations', newOnly: false, theme: safeDecode(byTheme[1] ?? '') };
  const [rawPath = '', rawQuery = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const path = rawPath.replace(/\/+$/, '');
  const query = new URLSearchParams(rawQuery);
  const idParam = (name: string) => (/^\d+$/.test(query.get(name) ?? '') ? Number(query.get(name)) : null);
  if (path === '' || path === 'dashboard') return { name: 'dashboard' };
  if (path === 'engagements') return { name: 'engagements' };
  if (path === 'engagements/new') return { name: 'engagement-new' };
  const m = /^engagements\/(\d+)$/.exec(path);
  if (m) return { name: 'engagement', id: Number(m[1]) };
  if (path === 'submissions') return { name: 'submissions' };
  if (path === 'submissions/new') return { name: 'submission-new', engagementId: idParam('engagement') };
  const sub = /^submissions\/(\d+)$/.exec(path);
  if (sub) return { name: 'submission', id: Number(sub[1]), sectionId: idParam('section'), highlight: query.get('highlight') ?? '' };
  if (path === 'settings') return { name: 'settings' };
  if (path === 'backups') return { name: 'backups' };
  if (path === 'bin') return { name: 'bin' };
  if (path === 'plan') return { name: 'plan', action: idParam('action'), indicator: idParam('indicator') };
  if (path === 'library') return { name: 'library', entry: query.get('entry') || null };
  if (path === 'contributions') return { name: 'contributions', id: idParam('id') };
  return { name: 'not-found' };
}

export const router: { route: Route } = $state({ route: parseHash(window.location.hash) });

/** The href of a route, for links. */
export const href = {
  dashboard: '#/dashboard',
  engagements: '#/engagements',
  newEngagement: '#/engagements/new',
  engagement: (id: number) => `#/engagements/${id}`,
  submissions: '#/submissions',
  newSubmission: (engagementId?: number) => (engagementId === undefined ? '#/submissions/new' : `#/submissions/new?engagement=${engagementId}`),
  /** A submission; with a section (and a search hit to highlight in it), opened at that section. */
  submission: (id: number, sectionId?: number, highlight?: string) => {
    const query = new URLSearchParams();
    if (sectionId !== undefined) query.set('section', String(sectionId));
    if (highlight) query.set('highlight', highlight);
    const q = query.toString();
    return q ? `#/submissions/${id}?${q}` : `#/submissions/${id}`;
  },
  /** The calendar, opened on `date` (YYYY-MM-DD) when given. */
  calendar: (date?: string) => (date ? `#/calendar?date=${date}` : '#/calendar'),
  /** The recommendations; with `newOnly`, those the last import added. */
  recommendations: (newOnly = false) => (newOnly ? '#/recommendations?new=1' : '#/recommendations'),
  /** The recommendations of one theme (the dashboard chart's bars link here). */
  recommendationsOfTheme: (theme: string) => `#/recommendations?theme=${encodeURIComponent(theme)}`,
  settings: '#/settings',
  backups: '#/backups',
  bin: '#/bin',
  /** The implementation plan: actions and indicators. */
  plan: '#/plan',
  /** The plan opened at one action's detail (the calendar's entries link here). */
  planAction: (id: number) => `#/plan?action=${id}`,
  /** The plan opened at an indicator of a recommendation (one without an action). */
  planIndicator: (id: number) => `#/plan?indicator=${id}`,
  /** The Library; with an entry's id, opened at that entry. */
  library: (entry?: string) => (entry ? `#/library?entry=${encodeURIComponent(entry)}` : '#/library'),
  /** The Contributions screen: the queue of returns; with an id, that return's review. */
  contributions: '#/contributions',
  contribution: (id: number) => `#/contributions?id=${id}`,
};

/** Goes to `target` (an href above). */
export function navigate(target: string): void {
  router.route = parseHash(target);
  if (window.location.hash !== target) window.location.hash = target;
}

/** Follows the address bar (back/forward, typed links). Returns the function that stops it. */
export function followHash(): () => void {
  const update = () => {
    router.route = parseHash(window.location.hash);
  };
  update();
  window.addEventListener('hashchange', update);
  return () => window.removeEventListener('hashchange', update);
}
