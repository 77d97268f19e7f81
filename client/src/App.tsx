import { lazy, Suspense, useEffect, useRef } from 'react';
import { Layout, MAIN_ID } from './components/Layout.js';
import { HomePage } from './pages/home/HomePage.js';
import { NotFoundPage } from './pages/notFound/NotFoundPage.js';
import { useRoute } from './routing/useRoute.js';
import type { Route } from './routing/routes.js';

// The editor is most of the code; the home page should not wait for it.
const DocumentPage = lazy(async () => ({
  default: (await import('./pages/document/DocumentPage.js')).DocumentPage,
}));

function screenFor(route: Route) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'document':
      return <DocumentPage key={route.id} id={route.id} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** The app: picks the screen for the current URL inside the common page frame. */
export function App() {
  const route = useRoute();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // After in-app navigation, start keyboard and screen-reader users at the new content.
    document.getElementById(MAIN_ID)?.focus();
  }, [route]);

  return (
    <Layout>
      <Suspense fallback={null}>{screenFor(route)}</Suspense>
    </Layout>
  );
}
