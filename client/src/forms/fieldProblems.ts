/** A validation issue, structurally compatible with zod's issues (no zod import needed here). */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly origin?: string;
  readonly format?: string;
}

/** What is wrong with one form field, independent of language. */
export type FieldProblem =
  | { readonly kind: 'required' }
  | { readonly kind: 'tooShort'; readonly min: number }
  | { readonly kind: 'tooLong'; readonly max: number }
  | { readonly kind: 'tooSmall'; readonly min: number }
  | { readonly kind: 'tooBig'; readonly max: number }
  | { readonly kind: 'number' }
  | { readonly kind: 'email' }
  | { readonly kind: 'format' };

/** Problems by field name; a field without problems is absent. */
export type FieldProblems = Readonly<Record<string, FieldProblem>>;

function problemOf(issue: ValidationIssue, value: unknown): FieldProblem {
  if (value === '' || value === undefined) return { kind: 'required' };
  const isNumber = issue.origin === 'number' || issue.origin === 'int';
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum ?? 0);
      if (isNumber) return { kind: 'tooSmall', min };
      return min <= 1 ? { kind: 'required' } : { kind: 'tooShort', min };
    }
    case 'too_big': {
      const max = Number(issue.maximum ?? 0);
      return isNumber ? { kind: 'tooBig', max } : { kind: 'tooLong', max };
    }
    case 'invalid_type':
      return typeof value === 'number' ? { kind: 'number' } : { kind: 'format' };
    case 'invalid_format':
      return issue.format === 'email' ? { kind: 'email' } : { kind: 'format' };
    default:
      return { kind: 'format' };
  }
}

/**
 * Turns validation issues into one problem per top-level field (the first issue wins). An empty
 * value is always reported as `required`, whatever rule it broke first.
 *
 * @param values - the submitted values by field name, to recognise empty fields.
 */
export function fieldProblems(
  issues: readonly ValidationIssue[],
  values: Readonly<Record<string, unknown>>,
): FieldProblems {
  const problems: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || field in problems) continue;
    problems[field] = problemOf(issue, values[field]);
  }
  return problems;
}

/**
 * Reads a whole number typed into a field: the number, `undefined` for an empty field, or NaN
 * for anything else (so validation reports it).
 */
export function parseWholeNumber(input: string): number | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}
