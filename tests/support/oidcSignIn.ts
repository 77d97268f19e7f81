/** Cookies by name and path: enough for the test provider's path-scoped cookies (one host). */
export class CookieJar {
  readonly #cookies = new Map<string, { name: string; value: string; path: string }>();

  store(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const attribute = (key: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const path = attribute('path') ?? '/';
      const expires = attribute('expires');
      const gone = attribute('max-age') === '0' || (expires && Date.parse(expires) < Date.now());
      if (gone) this.#cookies.delete(`${name};${path}`);
      else this.#cookies.set(`${name};${path}`, { name, value, path });
    }
  }

  header(url: URL): string {
    return [...this.#cookies.values()]
      .filter(
        (c) => url.pathname === c.path || url.pathname.startsWith(c.path.replace(/\/?$/, '/')),
      )
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}

/**
 * Does with `fetch` what a browser does at the test provider of `./oidcProvider.ts`: follows the
 * redirects from `authorizationUrl`, fills in the login form (`login` and any password) and stops at
 * the redirect to `redirectUri` (compared without query), returning that URL with `code`, `state`
 * and `iss` for the relying party's callback. Nothing is fetched at `redirectUri` itself.
 * @throws {Error} if the provider answers anything else, e.g. for an unknown login name.
 */
export async function signInAtOidcProvider(
  authorizationUrl: string,
  login: string,
  redirectUri: string,
): Promise<URL> {
  const target = new URL(redirectUri);
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    if (url.origin === target.origin && url.pathname === target.pathname) return url;
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(url) },
      ...(form ? { body: form } : {}),
    });
    jar.store(response.headers.getSetCookie());
    const location = response.headers.get('location');
    const body = await response.text();
    if (location !== null) {
      url = new URL(location, url);
      form = undefined;
      continue;
    }
    const action = /<form[^>]*action="([^"]+)"/.exec(body)?.[1];
    if (response.status !== 200 || action === undefined) {
      throw new Error(`unexpected answer ${response.status} from ${url.pathname}: ${body}`);
    }
    url = new URL(action, url);
    form = new URLSearchParams({ login, password: 'anything' });
  }
  throw new Error('too many redirects');
}
