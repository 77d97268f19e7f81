import type { Request, RequestHandler } from 'express';
import { SYSTEM_CLOCK, type Clock } from '../clock.js';
import { TokenBucket } from '../collab/TokenBucket.js';
import { DomainError } from '../domainError.js';

/** Most client addresses tracked at once; the least recently used are forgotten first. */
const MAX_TRACKED = 10_000;

/**
 * One per-client-address budget: `perMinute` requests with a burst of the same size, then 429
 * with `Retry-After`. Create ONE per documented budget and hand the same {@link middleware} to
 * every route that spends it: separate instances would each grant the whole budget again.
 */
export class RateLimit {
  private readonly buckets = new Map<string, TokenBucket>();
  /** The Express middleware spending one unit of this budget per request. */
  readonly middleware: RequestHandler;

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock = SYSTEM_CLOCK,
    private readonly keyOf: (request: Request) => string = (r) => r.ip ?? '',
  ) {
    this.middleware = (request, response, next) => {
      if (this.take(this.keyOf(request))) return next();
      response.setHeader('Retry-After', String(Math.ceil(60 / this.perMinute)));
      next(new DomainError(429, 'rate_limited', 'Too many attempts. Wait a moment and try again.'));
    };
  }

  /** Spends one unit for `key`; false when its budget is used up. */
  take(key: string): boolean {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = new TokenBucket(this.perMinute / 60, this.perMinute, () => this.clock.now());
      if (this.buckets.size >= MAX_TRACKED) {
        this.buckets.delete(this.buckets.keys().next().value as string);
      }
    } else {
      this.buckets.delete(key);
    }
    this.buckets.set(key, bucket);
    return bucket.take();
  }
}
