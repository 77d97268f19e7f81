import type { Request, RequestHandler } from 'express';
import { TokenBucket } from '../collab/TokenBucket.js';
import { DomainError } from '../domainError.js';

/** Most client addresses tracked at once; the least recently used are forgotten first. */
const MAX_TRACKED = 10_000;

/**
 * Per-client-address rate limit for sensitive endpoints (login, sign-up, password reset,
 * invitations, tokens): `perMinute` requests with a burst of the same size, then 429 with
 * `Retry-After`.
 */
export function rateLimit(
  perMinute: number,
  keyOf: (request: Request) => string = (r) => r.ip ?? '',
): RequestHandler {
  const buckets = new Map<string, TokenBucket>();
  return (request, response, next) => {
    const key = keyOf(request);
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = new TokenBucket(perMinute / 60, perMinute);
      if (buckets.size >= MAX_TRACKED) buckets.delete(buckets.keys().next().value as string);
    } else {
      buckets.delete(key);
    }
    buckets.set(key, bucket);
    if (bucket.take()) return next();
    response.setHeader('Retry-After', String(Math.ceil(60 / perMinute)));
    next(new DomainError(429, 'rate_limited', 'Too many attempts. Wait a moment and try again.'));
  };
}
