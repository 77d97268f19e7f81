import { z } from 'zod';

/** Name of the environment variable holding the identity providers (a JSON array). */
export const OIDC_PROVIDERS_VARIABLE = 'OIDC_PROVIDERS';

/** The scopes requested when a provider configures none. */
export const DEFAULT_OIDC_SCOPES = 'openid email profile';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** One DNS name: labels of a-z, 0-9 and inner hyphens, at least two labels. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
/** RFC 6749 §3.3 scope-token characters. */
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;

/** Whether an issuer URL may be used: https, or plain http on a loopback address (tests). */
function issuerProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL such as https://login.example.org';
  }
  if (
    url.protocol !== 'https:' &&
    !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))
  ) {
    return 'must use https (plain http is only accepted for 127.0.0.1, localhost and [::1])';
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return 'must not contain a query, fragment or credentials';
  }
  return null;
}

/** One configured OpenID Connect identity provider, as written in `OIDC_PROVIDERS`. */
export const oidcProviderConfigSchema = z.strictObject(
  {
    id: z
      .string({ error: 'is required (1–32 characters a-z, 0-9 or -)' })
      .regex(/^[a-z0-9-]{1,32}$/, 'must be 1–32 characters a-z, 0-9 or -'),
    name: z
      .string({ error: 'is required (the sign-in button label)' })
      .trim()
      .min(1, 'must not be empty')
      .max(100, 'must be at most 100 characters'),
    issuer: z
      .string({ error: 'is required (the issuer URL)' })
      .trim()
      .superRefine((value, ctx) => {
        const problem = issuerProblem(value);
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
      }),
    clientId: z.string({ error: 'is required' }).min(1, 'must not be empty'),
    clientSecret: z.string({ error: 'is required' }).min(1, 'must not be empty'),
    organisation: z
      .string({ error: 'is required (organisation assigned to users of this provider)' })
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters'),
    allowedEmailDomains: z
      .array(
        z
          .string({ error: 'must be a domain name such as example.org' })
          .trim()
          .toLowerCase()
          .regex(DOMAIN, 'must be a domain name such as example.org (no @, no wildcards)'),
        { error: 'must be an array of domain names' },
      )
      .default([])
      .transform((domains) => [...new Set(domains)]),
    scopes: z
      .string({ error: 'must be a space-separated string of scopes' })
      .default(DEFAULT_OIDC_SCOPES)
      .transform((value) => value.trim().split(/\s+/).filter(Boolean))
      .superRefine((scopes, ctx) => {
        if (!scopes.every((scope) => SCOPE_TOKEN.test(scope))) {
          ctx.addIssue({ code: 'custom', message: 'contains characters not allowed in a scope' });
        }
        if (!scopes.includes('openid')) {
          ctx.addIssue({ code: 'custom', message: 'must include "openid"' });
        }
      })
      .transform((scopes) => [...new Set(scopes)].join(' ')),
  },
  { error: 'must be an object' },
);

/** A validated identity provider: domains lower-cased and de-duplicated, scopes normalised. */
export type OidcProviderConfig = z.output<typeof oidcProviderConfigSchema>;

/** The whole `OIDC_PROVIDERS` value: an array of providers (distinct ids are checked on parse). */
export const oidcProvidersSchema = z.array(oidcProviderConfigSchema, {
  error: 'must be a JSON array of provider objects',
});

/** Problems for every provider whose id repeats an earlier one (also when other fields are bad). */
function duplicateIdProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const problems: string[] = [];
  value.forEach((provider: unknown, index) => {
    if (typeof provider !== 'object' || provider === null || !('id' in provider)) return;
    const id = provider.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) {
      problems.push(
        `${OIDC_PROVIDERS_VARIABLE}[${index}].id: repeats the id ${JSON.stringify(id)} of an earlier provider`,
      );
    }
    seen.add(id);
  });
  return problems;
}

/** `OIDC_PROVIDERS` could not be used; {@link problems} lists each problem on its own. */
export class OidcProvidersConfigError extends Error {
  override readonly name = 'OidcProvidersConfigError';

  /** One line per problem, each naming the field, e.g. `OIDC_PROVIDERS[0].issuer: …`. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`${OIDC_PROVIDERS_VARIABLE} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** `OIDC_PROVIDERS[1].issuer` from a zod issue path. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${String(key)}`),
    OIDC_PROVIDERS_VARIABLE,
  );
}

/**
 * Parses the `OIDC_PROVIDERS` environment variable: a JSON array of
 * `{ id, name, issuer, clientId, clientSecret, organisation, allowedEmailDomains?, scopes? }`.
 * Error messages name the field but never repeat a value, so a secret cannot leak into logs.
 * @throws {OidcProvidersConfigError} listing every problem.
 */
export function parseOidcProviders(json: string): OidcProviderConfig[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new OidcProvidersConfigError([
      `${OIDC_PROVIDERS_VARIABLE}: is not valid JSON (expected an array of provider objects)`,
    ]);
  }
  const parsed = oidcProvidersSchema.safeParse(value);
  const problems = (parsed.success ? [] : parsed.error.issues).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => JSON.stringify(key)).join(', ');
      return `${fieldName(issue.path)}: unknown field(s) ${keys}`;
    }
    return `${fieldName(issue.path)}: ${issue.message}`;
  });
  problems.push(...duplicateIdProblems(value));
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new OidcProvidersConfigError(problems);
}
