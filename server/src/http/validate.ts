import type { z } from 'zod';
import { slugSchema } from '@kring/shared';
import { DomainError } from '../domainError.js';

/**
 * Parses request input with a zod schema.
 * @throws {DomainError} 400 `invalid_request` naming every bad field.
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown, where = 'body'): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : where;
    return `${field}: ${issue.message}`;
  });
  throw new DomainError(400, 'invalid_request', `Invalid ${where}. ${problems.join('; ')}`);
}

/** A route parameter (also of routers mounted with `mergeParams`), unvalidated. */
export function param(request: { params: unknown }, name: string): unknown {
  return (request.params as Record<string, unknown>)[name];
}

/** A community slug from a route or query value. @throws {DomainError} 400 when malformed. */
export function slugOf(value: unknown): string {
  return parse(slugSchema, value, 'community address');
}

/** The reader's language for server-written text (templates): Dutch unless English is preferred. */
export function languageOf(request: {
  acceptsLanguages(...languages: string[]): string | false;
}): 'nl' | 'en' {
  return request.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl';
}
