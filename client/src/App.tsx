import { lazy, Suspense, useEffect, useRef } from 'react';
import { Layout, MAIN_ID } from './components/Layout.js';
import { RequireSession } from './components/RequireSession.js';
import { HomePage } from './pages/home/HomePage.js';
import { OfflineDocuments } from './pages/home/OfflineDocuments.js';
import { LoginPage } from './pages/login/LoginPage.js';
import { NotFoundPage } from './pages/notFound/NotFoundPage.js';
import { useRoute } from './routing/useRoute.js';
import type { Route } from './routing/routes.js';

// Only the first screens (home, sign in) are in the entry bundle: every other screen loads when it
// is first shown (the service worker keeps them all for offline use), so the editor's screen does
// not carry the community screens' code and the reverse.
const DocumentPage = lazy(async () => ({
  default: (await import('./pages/document/DocumentPage.js')).DocumentPage,
}));
const AccountPage = lazy(async () => ({
  default: (await import('./pages/account/AccountPage.js')).AccountPage,
}));
const CommunityPage = lazy(async () => ({
  default: (await import('./pages/community/CommunityPage.js')).CommunityPage,
}));
const CommunityFilesPage = lazy(async () => ({
  default: (await import('./pages/community/CommunityFilesPage.js')).CommunityFilesPage,
}));
const CommunitySettingsPage = lazy(async () => ({
  default: (await import('./pages/community/settings/CommunitySettingsPage.js'))
    .CommunitySettingsPage,
}));
const InvitePage = lazy(async () => ({
  default: (await import('./pages/invite/InvitePage.js')).InvitePage,
}));
const SearchPage = lazy(async () => ({
  default: (await import('./pages/search/SearchPage.js')).SearchPage,
}));
const SignupPage = lazy(async () => ({
  default: (await import('./pages/signup/SignupPage.js')).SignupPage,
}));
const ResetPasswordPage = lazy(async () => ({
  default: (await import('./pages/resetPassword/ResetPasswordPage.js')).ResetPasswordPage,
}));

function screenFor(route: Route) {
  switch (route.name) {
    case 'home':
      return (
        <RequireSession offline={<OfflineDocuments />}>
          {(user) => <HomePage user={user} />}
        </RequireSession>
      );
    case 'login':
      return <LoginPage returnTo={route.returnTo} error={route.error} />;
    case 'signup':
      return route.invitation === null ? (
        <SignupPage />
      ) : (
        <InvitePage key={route.invitation} token={route.invitation} />
      );
    case 'invite':
      return <InvitePage key={route.token} token={route.token} />;
    case 'reset-password':
      return <ResetPasswordPage key={route.token} token={route.token} />;
    case 'community':
      return (
        <RequireSession>
          {(user) => (
            <CommunityPage key={route.slug} slug={route.slug} user={user} tag={route.tag ?? null} />
          )}
        </RequireSession>
      );
    case 'community-files':
      return (
        <RequireSession>
          {(user) => <CommunityFilesPage key={route.slug} slug={route.slug} user={user} />}
        </RequireSession>
      );
    case 'community-settings':
    case 'audit':
      // `/c/:slug/audit` (older links) is the settings area on its audit tab.
      return (
        <RequireSession>
          {(user) => (
            <CommunitySettingsPage
              key={route.slug}
              slug={route.slug}
              user={user}
              tab={route.name === 'audit' ? 'audit' : route.tab}
            />
          )}
        </RequireSession>
      );
    case 'account':
      return <RequireSession>{(user) => <AccountPage user={user} />}</RequireSession>;
    case 'search':
      return <RequireSession>{() => <SearchPage params={route.params} />}</RequireSession>;
    case 'document':
      // Not behind RequireSession: a document opens from this browser's copy while offline.
      return <DocumentPage key={route.id} id={route.id} query={route.query ?? null} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** Which screen a route shows: a change of only its query (filters) keeps the focus where it is. */
function screenKey(route: Route): string {
  switch (route.name) {
    case 'document':
      return `document:${route.id}`;
    case 'community':
    case 'audit':
    case 'community-files':
      return `${route.name}:${route.slug}`;
    case 'community-settings':
      return `${route.name}:${route.slug}:${route.tab}`;
    case 'search':
      return 'search';
    default:
      return JSON.stringify(route);
  }
}

/** The app: picks the screen for the current URL inside the common page frame. */
export function App() {
  const route = useRoute();
  const screen = screenKey(route);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // After in-app navigation, start keyboard and screen-reader users at the new content.
    document.getElementById(MAIN_ID)?.focus();
  }, [screen]);

  return (
    <Layout>
      <Suspense fallback={null}>{screenFor(route)}</Suspense>
    </Layout>
  );
}
