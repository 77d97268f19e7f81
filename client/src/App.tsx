import { Suspense, useEffect, useRef } from 'react';
import { lazyComponent } from './components/lazyComponent.js';
import { Layout, MAIN_ID } from './components/Layout.js';
import { RequireSession } from './components/RequireSession.js';
import { OfflineDocuments } from './pages/home/OfflineDocuments.js';
import { NotFoundPage } from './pages/notFound/NotFoundPage.js';
import { useRoute } from './routing/useRoute.js';
import type { Route } from './routing/routes.js';

// Every screen loads when it is first shown (the service worker keeps them all for offline use):
// the editor's screen does not carry the community screens' code, nor the reverse.
const HomePage = lazyComponent(() => import('./pages/home/HomePage.js').then((m) => m.HomePage));
const LoginPage = lazyComponent(() =>
  import('./pages/login/LoginPage.js').then((m) => m.LoginPage),
);
const DocumentPage = lazyComponent(() =>
  import('./pages/document/DocumentPage.js').then((m) => m.DocumentPage),
);
const AccountPage = lazyComponent(() =>
  import('./pages/account/AccountPage.js').then((m) => m.AccountPage),
);
const CommunityPage = lazyComponent(() =>
  import('./pages/community/CommunityPage.js').then((m) => m.CommunityPage),
);
const CommunityFilesPage = lazyComponent(() =>
  import('./pages/community/CommunityFilesPage.js').then((m) => m.CommunityFilesPage),
);
const CommunitySettingsPage = lazyComponent(() =>
  import('./pages/community/settings/CommunitySettingsPage.js').then(
    (m) => m.CommunitySettingsPage,
  ),
);
const PeoplePage = lazyComponent(() =>
  import('./pages/people/PeoplePage.js').then((m) => m.PeoplePage),
);
const PersonPage = lazyComponent(() =>
  import('./pages/people/PersonPage.js').then((m) => m.PersonPage),
);
const StakeholderMapPage = lazyComponent(() =>
  import('./pages/stakeholders/StakeholderMapPage.js').then((m) => m.StakeholderMapPage),
);
const GlossaryPage = lazyComponent(() =>
  import('./pages/glossary/GlossaryPage.js').then((m) => m.GlossaryPage),
);
const QuestionsPage = lazyComponent(() =>
  import('./pages/questions/QuestionsPage.js').then((m) => m.QuestionsPage),
);
const QuestionPage = lazyComponent(() =>
  import('./pages/questions/QuestionPage.js').then((m) => m.QuestionPage),
);
const NotificationsPage = lazyComponent(() =>
  import('./pages/notifications/NotificationsPage.js').then((m) => m.NotificationsPage),
);
const OrganisationsPage = lazyComponent(() =>
  import('./pages/organisations/OrganisationsPage.js').then((m) => m.OrganisationsPage),
);
const InvitePage = lazyComponent(() =>
  import('./pages/invite/InvitePage.js').then((m) => m.InvitePage),
);
const OfflinePage = lazyComponent(() =>
  import('./pages/offline/OfflinePage.js').then((m) => m.OfflinePage),
);
const SearchPage = lazyComponent(() =>
  import('./pages/search/SearchPage.js').then((m) => m.SearchPage),
);
const SignupPage = lazyComponent(() =>
  import('./pages/signup/SignupPage.js').then((m) => m.SignupPage),
);
const ResetPasswordPage = lazyComponent(() =>
  import('./pages/resetPassword/ResetPasswordPage.js').then((m) => m.ResetPasswordPage),
);

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
    case 'offline':
      return <RequireSession>{(user) => <OfflinePage user={user} />}</RequireSession>;
    case 'search':
      return <RequireSession>{() => <SearchPage params={route.params} />}</RequireSession>;
    case 'people':
      return (
        <RequireSession>{() => <PeoplePage key="people" query={route.query} />}</RequireSession>
      );
    case 'person':
      return (
        <RequireSession>
          {() => <PersonPage key={route.userId} userId={route.userId} />}
        </RequireSession>
      );
    case 'stakeholders':
      return (
        <RequireSession>
          {(user) => <StakeholderMapPage key={route.slug} slug={route.slug} user={user} />}
        </RequireSession>
      );
    case 'glossary':
      return (
        <RequireSession>
          {(user) => <GlossaryPage key={route.slug} slug={route.slug} user={user} />}
        </RequireSession>
      );
    case 'questions':
      return (
        <RequireSession>
          {() => <QuestionsPage key={route.slug} slug={route.slug} query={route.query} />}
        </RequireSession>
      );
    case 'question':
      return (
        <RequireSession>
          {() => <QuestionPage key={route.id} slug={route.slug} id={route.id} />}
        </RequireSession>
      );
    case 'notifications':
      return <RequireSession>{() => <NotificationsPage />}</RequireSession>;
    case 'organisations':
      return <RequireSession>{(user) => <OrganisationsPage user={user} />}</RequireSession>;
    case 'document':
      // Not behind RequireSession: a document opens from this browser's copy while offline.
      return (
        <DocumentPage
          key={route.id}
          id={route.id}
          query={route.query ?? null}
          thread={route.thread ?? null}
        />
      );
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
    case 'questions':
      return `${route.name}:${route.slug}`;
    case 'community-settings':
      return `${route.name}:${route.slug}:${route.tab}`;
    case 'search':
      return 'search';
    case 'people':
      return 'people';
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
