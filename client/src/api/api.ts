import { currentAppPath, navigate } from '../routing/history.js';
import { isPublicPath, loginPath } from '../routing/paths.js';
import { setSignedIn, setSignedOut } from '../session/sessionStore.js';
import { ApiClient } from './ApiClient.js';
import { auditApi } from './audit.js';
import { authApi } from './auth.js';
import { commentsApi } from './comments.js';
import { communitiesApi } from './communities.js';
import { documentsApi } from './documents.js';
import { filesApi } from './files.js';
import { glossaryApi } from './glossary.js';
import { invitationsApi } from './invitations.js';
import { meApi, tokensApi } from './me.js';
import { membersApi } from './members.js';
import { notificationsApi } from './notifications.js';
import { organisationsApi } from './organisations.js';
import { peopleApi } from './people.js';
import { profilesApi } from './profiles.js';
import { questionsApi } from './questions.js';
import { searchApi } from './search.js';
import { stakeholdersApi } from './stakeholders.js';

/** Sends the person to the login page, to come back here afterwards. */
function goToLogin(): void {
  setSignedOut();
  const here = currentAppPath();
  if (!isPublicPath(here)) navigate(loginPath(here), { replace: true });
}

/** The app's API client: same origin, session cookie, CSRF token, 401 → login page. */
export const apiClient = new ApiClient({
  onUnauthenticated: goToLogin,
  onSession: (session) => setSignedIn(session.user),
});

/** Every resource of the REST API, on {@link apiClient}. */
export const api = {
  auth: authApi(apiClient),
  me: meApi(apiClient),
  tokens: tokensApi(apiClient),
  communities: communitiesApi(apiClient),
  members: membersApi(apiClient),
  invitations: invitationsApi(apiClient),
  documents: documentsApi(apiClient),
  audit: auditApi(apiClient),
  search: searchApi(apiClient),
  files: filesApi(apiClient),
  profiles: profilesApi(apiClient),
  organisations: organisationsApi(apiClient),
  people: peopleApi(apiClient),
  stakeholders: stakeholdersApi(apiClient),
  glossary: glossaryApi(apiClient),
  comments: commentsApi(apiClient),
  questions: questionsApi(apiClient),
  notifications: notificationsApi(apiClient),
} as const;
