import { randomBytes } from 'node:crypto';
import { safeReturnTo } from '@kring/shared';
import * as client from 'openid-client';
import { failure, OidcLoginError } from './OidcLoginError.js';
import type { OidcProviderConfig } from './oidcProviderConfig.js';

export { OidcLoginError, type OidcLoginErrorCode } from './OidcLoginError.js';

/** How long a started login may take before its flow is forgotten. */
export const OIDC_FLOW_TTL_MS = 10 * 60 * 1000;
/** Most logins pending at once; starting another forgets the oldest. */
export const OIDC_MAX_PENDING_FLOWS = 10_000;
/** Seconds allowed for each request to an identity provider. */
const REQUEST_TIMEOUT_SECONDS = 10;

/** Who signed in, as asserted by the identity provider. `issuer` + `subject` identify the person. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  /** As sent by the provider (not lower-cased); `null` when it shares none. */
  readonly email: string | null;
  /** `true` only when the provider says the email address is verified. */
  readonly emailVerified: boolean;
  readonly name: string | null;
}

/** What {@link OidcLogin.start} needs from the route. */
export interface OidcStartParams {
  /** Absolute callback URL registered at the provider, e.g. `https://kring.example/api/auth/oidc/acme/callback`. */
  readonly redirectUri: string;
  /** Where to go after signing in; anything but a same-site path becomes `/`. */
  readonly returnTo: string;
  /** Invitation token to redeem after signing in, kept server-side with the flow. */
  readonly invitation?: string;
}

/** Result of {@link OidcLogin.start}. */
export interface OidcStartResult {
  /** The provider's authorization URL to redirect the browser to. */
  readonly redirectUrl: string;
  /** Random id (256 bit, base64url) of the pending flow; put it in a short-lived httpOnly cookie. */
  readonly flowId: string;
}

/** Result of {@link OidcLogin.finish}. */
export interface OidcFinishResult {
  readonly identity: OidcIdentity;
  /** A safe same-site path (see {@link safeReturnTo}). */
  readonly returnTo: string;
  readonly invitation?: string;
}

/** Options of {@link OidcLogin}. */
export interface OidcLoginOptions {
  /** Allow `http://` issuers on loopback (tests only); otherwise every request must use https. */
  readonly allowInsecureHttp: boolean;
  /** Clock in milliseconds, for flow expiry; defaults to `Date.now`. */
  readonly now?: () => number;
  /** Defaults to {@link OIDC_MAX_PENDING_FLOWS}. */
  readonly maxPendingFlows?: number;
}

interface PendingFlow {
  readonly providerId: string;
  readonly codeVerifier: string;
  readonly state: string;
  readonly nonce: string;
  readonly redirectUri: string;
  readonly returnTo: string;
  readonly invitation: string | undefined;
  readonly expiresAt: number;
}

/** Signs people in with OpenID Connect (authorization code flow, PKCE S256, state and nonce). */
export class OidcLogin {
  readonly #providers = new Map<string, OidcProviderConfig>();
  readonly #configurations = new Map<string, Promise<client.Configuration>>();
  /** Pending flows in the order they were started (Map keeps insertion order). */
  readonly #flows = new Map<string, PendingFlow>();
  readonly #allowInsecureHttp: boolean;
  readonly #now: () => number;
  readonly #maxPendingFlows: number;

  /** @throws {Error} when two providers share an id, or an issuer uses http without `allowInsecureHttp`. */
  constructor(providers: readonly OidcProviderConfig[], options: OidcLoginOptions) {
    this.#allowInsecureHttp = options.allowInsecureHttp;
    this.#now = options.now ?? Date.now;
    this.#maxPendingFlows = Math.max(1, options.maxPendingFlows ?? OIDC_MAX_PENDING_FLOWS);
    for (const provider of providers) {
      if (this.#providers.has(provider.id)) {
        throw new Error(`OIDC provider id "${provider.id}" is configured twice`);
      }
      if (new URL(provider.issuer).protocol !== 'https:' && !this.#allowInsecureHttp) {
        throw new Error(`OIDC provider "${provider.id}": the issuer must use https`);
      }
      this.#providers.set(provider.id, provider);
    }
  }

  /** The configured providers, in configuration order, for sign-in buttons. */
  providers(): { id: string; name: string }[] {
    return [...this.#providers.values()].map(({ id, name }) => ({ id, name }));
  }

  /** Number of started logins not yet finished, expired or evicted. */
  get pendingFlows(): number {
    this.#sweep();
    return this.#flows.size;
  }

  /**
   * Starts a login: discovers the provider (once; retried later if it failed), remembers a new flow
   * and returns the URL to send the browser to.
   * @throws {OidcLoginError} `unknown_provider` or `provider_unavailable`.
   * @throws {TypeError} when `redirectUri` is not an absolute http(s) URL (a programming error).
   */
  async start(providerId: string, params: OidcStartParams): Promise<OidcStartResult> {
    const provider = this.#provider(providerId);
    if (!/^https?:$/.test(URL.parse(params.redirectUri)?.protocol ?? '')) {
      throw new TypeError('redirectUri must be an absolute http(s) URL');
    }
    const configuration = await this.#configuration(provider);
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const redirectUrl = client.buildAuthorizationUrl(configuration, {
      redirect_uri: params.redirectUri,
      response_type: 'code',
      scope: provider.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const flowId = randomBytes(32).toString('base64url');
    this.#sweep();
    for (const oldest of this.#flows.keys()) {
      if (this.#flows.size < this.#maxPendingFlows) break;
      this.#flows.delete(oldest);
    }
    this.#flows.set(flowId, {
      providerId,
      codeVerifier,
      state,
      nonce,
      redirectUri: params.redirectUri,
      returnTo: safeReturnTo(params.returnTo),
      invitation: params.invitation,
      expiresAt: this.#now() + OIDC_FLOW_TTL_MS,
    });
    return { redirectUrl: redirectUrl.href, flowId };
  }

  /**
   * Finishes a login on the callback: uses up the flow, checks state, exchanges the code with the
   * PKCE verifier, validates the ID token (signature, issuer, audience, nonce) and reads the claims,
   * asking the userinfo endpoint when the ID token lacks email or name.
   * Only the query of `callbackUrl` is used; the redirect URI is the one given to `start`.
   * @throws {OidcLoginError} with any of the four codes.
   */
  async finish(providerId: string, callbackUrl: URL, flowId: string): Promise<OidcFinishResult> {
    const provider = this.#provider(providerId);
    const flow = this.#take(flowId);
    if (flow === undefined || flow.providerId !== providerId) {
      throw new OidcLoginError('unknown_flow', 'this sign-in is unknown, expired or already used');
    }
    const configuration = await this.#configuration(provider);
    const currentUrl = new URL(flow.redirectUri);
    currentUrl.search = callbackUrl.search;
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw failure(error, 'the authorization code exchange');
    }
    const claims = tokens.claims();
    if (claims === undefined) {
      throw new OidcLoginError('login_failed', 'the identity provider returned no ID token');
    }
    let email = text(claims['email']);
    let emailVerified = verified(claims['email_verified']);
    let name = text(claims['name']);
    if ((email === null || name === null) && configuration.serverMetadata().userinfo_endpoint) {
      try {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        if (email === null) {
          email = text(info.email);
          emailVerified = email !== null && verified(info.email_verified);
        }
        name ??= text(info.name);
      } catch (error) {
        throw failure(error, 'the userinfo request');
      }
    }
    return {
      identity: { issuer: claims.iss, subject: claims.sub, email, emailVerified, name },
      returnTo: flow.returnTo,
      ...(flow.invitation === undefined ? {} : { invitation: flow.invitation }),
    };
  }

  #provider(providerId: string): OidcProviderConfig {
    const provider = this.#providers.get(providerId);
    if (provider === undefined) {
      throw new OidcLoginError('unknown_provider', 'no identity provider has this id');
    }
    return provider;
  }

  /** The provider's discovered configuration; a failed discovery is forgotten so the next call retries. */
  async #configuration(provider: OidcProviderConfig): Promise<client.Configuration> {
    let pending = this.#configurations.get(provider.id);
    if (pending === undefined) {
      pending = this.#discover(provider);
      this.#configurations.set(provider.id, pending);
    }
    try {
      return await pending;
    } catch {
      if (this.#configurations.get(provider.id) === pending)
        this.#configurations.delete(provider.id);
      throw new OidcLoginError(
        'provider_unavailable',
        `the identity provider "${provider.id}" could not be discovered`,
      );
    }
  }

  async #discover(provider: OidcProviderConfig): Promise<client.Configuration> {
    const insecure = this.#allowInsecureHttp ? [client.allowInsecureRequests] : [];
    const discovered = await client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      provider.clientSecret,
      undefined,
      { execute: insecure, timeout: REQUEST_TIMEOUT_SECONDS },
    );
    // client_secret_basic is the default in OpenID Connect; use _post only where basic is not offered.
    const methods = discovered.serverMetadata().token_endpoint_auth_methods_supported;
    const usePost =
      methods?.includes('client_secret_post') && !methods.includes('client_secret_basic');
    const configuration = new client.Configuration(
      discovered.serverMetadata(),
      provider.clientId,
      provider.clientSecret,
      usePost
        ? client.ClientSecretPost(provider.clientSecret)
        : client.ClientSecretBasic(provider.clientSecret),
    );
    configuration.timeout = REQUEST_TIMEOUT_SECONDS;
    for (const extension of insecure) extension(configuration);
    return configuration;
  }

  /** Removes and returns the flow if it exists and has not expired. */
  #take(flowId: string): PendingFlow | undefined {
    const flow = this.#flows.get(flowId);
    this.#flows.delete(flowId);
    return flow !== undefined && flow.expiresAt > this.#now() ? flow : undefined;
  }

  /** Forgets expired flows; they expire in start order, so only the oldest need looking at. */
  #sweep(): void {
    const now = this.#now();
    for (const [flowId, flow] of this.#flows) {
      if (flow.expiresAt > now) break;
      this.#flows.delete(flowId);
    }
  }
}

/** A non-empty trimmed string claim, or `null`. */
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** `email_verified` is a boolean, but some providers send the string "true". */
function verified(value: unknown): boolean {
  return value === true || value === 'true';
}
