import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  Adapter,
  AdapterPayload,
  Configuration,
  KoaContextWithOIDC,
  default as Provider,
} from 'oidc-provider';

/** A client (relying party) the test provider knows. */
export interface TestOidcClient {
  clientId: string;
  clientSecret: string;
  /** Exact callback URLs, e.g. `http://127.0.0.1:1234/api/auth/oidc/test/callback`. */
  redirectUris: string[];
}

/** A person who can sign in; the record key is the login name typed into the form. */
export interface TestOidcAccount {
  email: string;
  name: string;
  /** Defaults to `true`. */
  emailVerified?: boolean;
}

/** A running test identity provider. */
export interface TestOidcProvider {
  /** Issuer URL (`http://127.0.0.1:<port>`), for `OidcProviderConfig.issuer`. */
  readonly issuer: string;
  /** Unexpected provider errors (HTTP 500s), collected instead of printed. */
  readonly errors: readonly Error[];
  /** Stops the provider and frees its port. */
  close(): Promise<void>;
}

/** Scopes and the claims they release. */
const CLAIMS = { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] };

/**
 * Starts a real `oidc-provider` (OpenID Connect certified) on `127.0.0.1`, any free port, silently.
 * Authorization code flow only, PKCE required, clients authenticate with `client_secret_basic` or
 * `client_secret_post`; scopes `openid email profile` release `sub`, `email`, `email_verified`, `name`.
 * Claims come in the ID token only when no access token is issued for userinfo, so clients find
 * `email` and `name` at the userinfo endpoint. Consent is granted automatically.
 *
 * What a browser does to sign in, after being sent to the authorization URL:
 * 1. It lands on `GET <issuer>/interaction/<uid>`, a page titled "Test identity provider – sign in"
 *    with one form: a text field labelled **"Login name"** (`#login`, `name="login"`), a password
 *    field labelled **"Password"** (`#password`, `name="password"`) and a button **"Sign in"**
 *    (`button[type=submit]`). In Playwright: `getByLabel('Login name')`, `getByLabel('Password')`,
 *    `getByRole('button', { name: 'Sign in' })`.
 * 2. It types a key of `accounts` as login name and any non-empty password, and presses "Sign in".
 *    An unknown login name shows the form again with an alert (`role="alert"`) "Unknown login name".
 * 3. The provider redirects (303s) back to the client's `redirect_uri` with `code`,
 *    `state` and `iss`; there is no consent page.
 */
export async function startOidcProvider(options: {
  clients: TestOidcClient[];
  accounts: Record<string, TestOidcAccount>;
}): Promise<TestOidcProvider> {
  const errors: Error[] = [];
  const ProviderClass = await loadProvider();
  // The issuer contains the port, so listen first and answer requests once the provider exists.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new ProviderClass(issuer, configuration(options));
  provider.on('server_error', (_ctx: KoaContextWithOIDC, error: Error) => errors.push(error));
  const providerCallback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (!/^\/interaction\/[\w-]+$/.test(path)) {
      void providerCallback(req, res);
      return;
    }
    interaction(provider, options.accounts, req, res).catch((error: unknown) => {
      // oidc-provider errors carry an HTTP status, e.g. 400 for an expired or unknown interaction.
      const status = error instanceof Error && 'status' in error ? Number(error.status) : 500;
      if (!(status >= 400 && status < 500)) {
        errors.push(error instanceof Error ? error : new Error(String(error)));
      }
      if (!res.headersSent) res.writeHead(status >= 400 && status < 600 ? status : 500);
      res.end(page('Error', `<p role="alert">${html(String(error))}</p>`));
    });
  });

  return {
    issuer,
    errors,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * Imports oidc-provider without its one-line "Unsupported runtime" warning: version 9 officially
 * supports Node.js 22+, but the flows used here are tested on Node.js 20 (Kring's minimum).
 */
async function loadProvider(): Promise<typeof Provider> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const first = args[0];
    if (typeof first === 'string' && first.includes('oidc-provider WARNING: Unsupported runtime')) {
      return;
    }
    warn(...args);
  };
  try {
    return (await import('oidc-provider')).default;
  } finally {
    console.warn = warn;
  }
}

function configuration(options: {
  clients: TestOidcClient[];
  accounts: Record<string, TestOidcAccount>;
}): Configuration {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    adapter: memoryAdapter(),
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    clients: options.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    claims: CLAIMS,
    scopes: ['openid', 'email', 'profile'],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    findAccount: (_ctx, id) => {
      if (!Object.hasOwn(options.accounts, id)) return undefined;
      const account = options.accounts[id];
      if (account === undefined) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
        }),
      };
    },
    // Consent is implied: grant the scopes this provider offers to any known client.
    loadExistingGrant: async (ctx) => {
      const { session, client, result, provider } = ctx.oidc;
      if (session?.accountId === undefined || client === undefined) return undefined;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId === undefined ? undefined : await provider.Grant.find(grantId);
      if (existing !== undefined) return existing;
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(Object.keys(CLAIMS).join(' '));
      await grant.save();
      return grant;
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(
        'Error',
        `<p role="alert">${html(out.error)}: ${html(out.error_description ?? '')}</p>`,
      );
    },
  };
}

/** The login page (GET) and its submission (POST) for one interaction. */
async function interaction(
  provider: Provider,
  accounts: Record<string, TestOidcAccount>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') {
    // Consent is granted by loadExistingGrant, so only login should ever be asked for.
    res.writeHead(501, { 'content-type': 'text/plain' }).end(`prompt ${details.prompt.name}`);
    return;
  }
  if (req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req));
    const login = form.get('login')?.trim() ?? '';
    if (Object.hasOwn(accounts, login) && (form.get('password') ?? '') !== '') {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: login } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    sendLoginForm(res, details.uid, 'Unknown login name');
    return;
  }
  sendLoginForm(res, details.uid, null);
}

function sendLoginForm(res: ServerResponse, uid: string, error: string | null): void {
  const alert = error === null ? '' : `<p role="alert">${html(error)}</p>`;
  const body = `${alert}
<form method="post" action="/interaction/${html(uid)}">
  <p><label for="login">Login name</label> <input id="login" name="login" required autocomplete="username" autofocus></p>
  <p><label for="password">Password</label> <input id="password" name="password" type="password" required autocomplete="current-password"></p>
  <p><button type="submit">Sign in</button></p>
</form>`;
  res
    .writeHead(error === null ? 200 : 401, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    })
    .end(page('Test identity provider – sign in', body));
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html(title)}</title></head><body><main><h1>${html(title)}</h1>${body}</main></body></html>`;
}

function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 16 * 1024) throw new Error('login form too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** In-memory storage for one provider (the built-in one is shared and announces itself). */
function memoryAdapter(): (model: string) => Adapter {
  const records = new Map<string, { payload: AdapterPayload; expiresAt: number }>();
  const live = (key: string): AdapterPayload | undefined => {
    const record = records.get(key);
    if (record !== undefined && record.expiresAt <= Date.now()) records.delete(key);
    return record !== undefined && record.expiresAt > Date.now() ? record.payload : undefined;
  };
  const findBy = (model: string, field: 'uid' | 'userCode', value: string) => {
    for (const [key, { payload }] of records) {
      if (key.startsWith(`${model}:`) && payload[field] === value) return live(key);
    }
    return undefined;
  };
  return (model) => ({
    upsert: async (id, payload, expiresIn) => {
      const expiresAt = expiresIn === undefined ? Infinity : Date.now() + expiresIn * 1000;
      records.set(`${model}:${id}`, { payload: structuredClone(payload), expiresAt });
    },
    find: async (id) => structuredClone(live(`${model}:${id}`)),
    findByUid: async (uid) => structuredClone(findBy(model, 'uid', uid)),
    findByUserCode: async (userCode) => structuredClone(findBy(model, 'userCode', userCode)),
    consume: async (id) => {
      const payload = live(`${model}:${id}`);
      if (payload !== undefined) payload.consumed = Math.floor(Date.now() / 1000);
    },
    destroy: async (id) => {
      records.delete(`${model}:${id}`);
    },
    revokeByGrantId: async (grantId) => {
      for (const [key, { payload }] of records)
        if (payload.grantId === grantId) records.delete(key);
    },
  });
}
