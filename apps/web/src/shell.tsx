import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useLiveEvents } from './live';
import { ArticlePage } from './pages/article-page';
import { ArticlesPage } from './pages/articles';
import { BoardPage } from './pages/board';
import { ClaimPage } from './pages/claim-page';
import { ReviewQueuePage } from './pages/review-queue';
import { SignInPage } from './pages/sign-in';
import { SourcePage } from './pages/source-page';
import { SourcesPage } from './pages/sources';
import { Link, matchPath, navigate, useLocation } from './router';
import { isEditor, useSession, useSignOut } from './session';
import type { Role, Session } from './types';
import { ErrorNote, Loading } from './ui';

// Chart.js loads with the dashboard only, not on the first page.
const DashboardPage = lazy(() => import('./pages/dashboard').then((module) => ({ default: module.DashboardPage })));

interface Route {
  path: string;
  title: string;
  roles: Role[];
  /** Shown in the navigation. */
  nav?: boolean;
  render: (params: Record<string, string>) => ReactNode;
}

const DESK: Role[] = ['reviewer', 'editor', 'admin'];
const ROUTES: Route[] = [
  { path: '/board', title: 'Editor board', roles: ['editor', 'admin'], nav: true, render: () => <BoardPage /> },
  { path: '/review', title: 'Review queue', roles: DESK, nav: true, render: () => <ReviewQueuePage /> },
  { path: '/claims/:id', title: 'Claim', roles: [...DESK, 'intake'], render: ({ id }) => <ClaimPage id={id} /> },
  { path: '/articles', title: 'Articles', roles: [...DESK, 'intake'], nav: true, render: () => <ArticlesPage /> },
  { path: '/articles/:id', title: 'Article', roles: [...DESK, 'intake'], render: ({ id }) => <ArticlePage id={id} /> },
  { path: '/sources', title: 'Sources', roles: DESK, nav: true, render: () => <SourcesPage /> },
  { path: '/sources/:id', title: 'Source', roles: DESK, render: ({ id }) => <SourcePage id={id} /> },
  { path: '/dashboard', title: 'Dashboard', roles: DESK, nav: true, render: () => <DashboardPage /> },
];

const homeOf = (session: Session): string =>
  isEditor(session) ? '/board' : session.role === 'reviewer' ? '/review' : '/articles';

export function Shell() {
  const session = useSession();
  const { path } = useLocation();
  const signOut = useSignOut();
  const live = useLiveEvents(Boolean(session.data) && session.data?.role !== 'intake');
  const found = ROUTES.map((route) => ({ route, params: matchPath(route.path, path) })).find((hit) => hit.params);
  const title = found?.route.title ?? 'Sign in';
  useEffect(() => {
    document.title = `${title} · factdesk`;
  }, [title]);
  // A path this caller has no page for (`/`, or the board for a reviewer) leads to their home page.
  const me = session.data;
  const redirect = me && !found?.route.roles.includes(me.role) ? homeOf(me) : null;
  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  if (session.isPending) return <Loading />;
  if (session.error) return <ErrorNote error={session.error} />;
  if (!me) return <SignInPage />;
  if (!found || redirect) return null;
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <span className="brand">factdesk</span>
        <nav aria-label="Desk">
          {ROUTES.filter((route) => route.nav && route.roles.includes(me.role)).map((route) => (
            <Link key={route.path} href={route.path} aria-current={route === found.route ? 'page' : undefined}>
              {route.title}
            </Link>
          ))}
        </nav>
        <span className="who">
          <span className={`live live-${live}`} title={`Live updates: ${live}`} />
          <span className="sr-only">Live updates {live}.</span>
          {me.name} ({me.role})
          <button type="button" className="link" onClick={() => signOut.mutate()}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>{found.route.render(found.params ?? {})}</Suspense>
      </main>
    </>
  );
}
