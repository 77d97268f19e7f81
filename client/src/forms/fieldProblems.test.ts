import { describe, expect, it } from 'vitest';
import {
  createInvitationRequestSchema,
  createTokenRequestSchema,
  createCommunityRequestSchema,
  signupRequestSchema,
  PASSWORD_MIN_LENGTH,
} from '@kring/shared';
import type { ParseResult } from '../hooks/useFormSubmission.js';
import { fieldProblems, parseWholeNumber } from './fieldProblems.js';

/** The problems of `values` under a schema, as a form would show them. */
function problemsOf(
  schema: { safeParse(value: unknown): ParseResult<unknown> },
  values: Record<string, unknown>,
) {
  const result = schema.safeParse(values);
  return result.success ? {} : fieldProblems(result.error.issues, values);
}

describe('fieldProblems', () => {
  it('reports empty fields as required, whatever rule they break', () => {
    const values = { name: '', email: '', organisation: '', password: '' };
    expect(problemsOf(signupRequestSchema, values)).toEqual({
      name: { kind: 'required' },
      email: { kind: 'required' },
      organisation: { kind: 'required' },
      password: { kind: 'required' },
    });
  });

  it('names too short passwords, bad email addresses and bad slugs', () => {
    const values = { name: 'A', email: 'nope', organisation: 'BZK', password: 'short' };
    expect(problemsOf(signupRequestSchema, values)).toEqual({
      email: { kind: 'email' },
      password: { kind: 'tooShort', min: PASSWORD_MIN_LENGTH },
    });
    expect(problemsOf(createCommunityRequestSchema, { slug: 'Bad Slug', name: 'x' })).toEqual({
      slug: { kind: 'format' },
    });
  });

  it('names numbers out of range and text that is not a number', () => {
    expect(problemsOf(createInvitationRequestSchema, { expiresInDays: 0 })).toEqual({
      expiresInDays: { kind: 'tooSmall', min: 1 },
    });
    expect(problemsOf(createInvitationRequestSchema, { expiresInDays: 1000 })).toEqual({
      expiresInDays: { kind: 'tooBig', max: 90 },
    });
    expect(problemsOf(createTokenRequestSchema, { name: 'x', expiresInDays: Number.NaN })).toEqual({
      expiresInDays: { kind: 'number' },
    });
    expect(problemsOf(createTokenRequestSchema, { name: 'x'.repeat(81) })).toEqual({
      name: { kind: 'tooLong', max: 80 },
    });
  });

  it('keeps the first issue per field', () => {
    expect(
      fieldProblems(
        [
          { code: 'too_small', path: ['a'], minimum: 5, origin: 'string' },
          { code: 'invalid_format', path: ['a'], format: 'email' },
        ],
        { a: 'abc' },
      ),
    ).toEqual({ a: { kind: 'tooShort', min: 5 } });
  });
});

describe('parseWholeNumber', () => {
  it('reads digits, leaves empty input undefined and marks anything else NaN', () => {
    expect(parseWholeNumber(' 14 ')).toBe(14);
    expect(parseWholeNumber('')).toBeUndefined();
    expect(parseWholeNumber('1.5')).toBeNaN();
    expect(parseWholeNumber('-3')).toBeNaN();
    expect(parseWholeNumber('veertien')).toBeNaN();
  });
});
