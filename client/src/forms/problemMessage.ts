import type { TFunction } from 'i18next';
import type { FieldProblem } from './fieldProblems.js';

/** The message for a field problem in the current language. */
export function problemMessage(t: TFunction, problem: FieldProblem): string {
  switch (problem.kind) {
    case 'required':
      return t('form.problem.required');
    case 'tooShort':
      return t('form.problem.tooShort', { min: problem.min });
    case 'tooLong':
      return t('form.problem.tooLong', { max: problem.max });
    case 'tooSmall':
      return t('form.problem.tooSmall', { min: problem.min });
    case 'tooBig':
      return t('form.problem.tooBig', { max: problem.max });
    case 'number':
      return t('form.problem.number');
    case 'email':
      return t('form.problem.email');
    case 'format':
      return t('form.problem.format');
  }
}
