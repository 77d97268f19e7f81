import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryError } from '../components/form/ErrorSummary.js';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import { fieldProblems, type FieldProblem, type ValidationIssue } from '../forms/fieldProblems.js';
import { problemMessage } from '../forms/problemMessage.js';

/** The result of validating a form's values (the shape of zod's `safeParse`). */
export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: readonly ValidationIssue[] } };

/** A server error that belongs to one field, e.g. "email taken". */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A field as the error summary names it. */
export interface SummaryField {
  readonly name: string;
  readonly id: string;
  readonly label: string;
}

/** Options of {@link useFormSubmission}. */
export interface FormSubmissionOptions {
  /** A field-specific message for a problem; undefined uses the general one. */
  readonly messageFor?: (field: string, problem: FieldProblem) => string | undefined;
}

/** State and actions of one form: validation, busy flag, field and form errors. */
export interface FormSubmission {
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly formError: string | null;
  /** Counts failed submits; the error summary takes focus when it changes. */
  readonly attempt: number;
  readonly busy: boolean;
  /**
   * Shows the validation problems, or runs `action` with the valid data. A rejection of `action`
   * becomes a field error (when `fieldForError` names one) or the form error.
   */
  submit<T>(
    result: ParseResult<T>,
    values: Readonly<Record<string, unknown>>,
    action: (data: T) => Promise<void>,
    fieldForError?: (error: unknown) => FieldError | null,
  ): void;
  /** Removes a field's error (when the person edits it). */
  clearField(field: string): void;
  /** Entries for the error summary, in the order of `fields`, then the form error. */
  summary(fields: readonly SummaryField[]): SummaryError[];
}

/** Validation and submission state for a form, following the NL Design System error pattern. */
export function useFormSubmission(options: FormSubmissionOptions = {}): FormSubmission {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<Readonly<Record<string, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const { messageFor } = options;

  const submit = useCallback(
    <T>(
      result: ParseResult<T>,
      values: Readonly<Record<string, unknown>>,
      action: (data: T) => Promise<void>,
      fieldForError?: (error: unknown) => FieldError | null,
    ) => {
      if (busyRef.current) return;
      if (!result.success) {
        const problems = fieldProblems(result.error.issues, values);
        const messages: Record<string, string> = {};
        for (const [field, problem] of Object.entries(problems)) {
          messages[field] = messageFor?.(field, problem) ?? problemMessage(t, problem);
        }
        setFieldErrors(messages);
        setFormError(null);
        setAttempt((n) => n + 1);
        return;
      }
      busyRef.current = true;
      setBusy(true);
      setFieldErrors({});
      setFormError(null);
      action(result.data)
        .catch((error: unknown) => {
          const fieldError = fieldForError?.(error) ?? null;
          if (fieldError === null) setFormError(apiErrorMessage(t, error));
          else setFieldErrors({ [fieldError.field]: fieldError.message });
          setAttempt((n) => n + 1);
        })
        .finally(() => {
          busyRef.current = false;
          setBusy(false);
        });
    },
    [messageFor, t],
  );

  const clearField = useCallback((field: string) => {
    setFieldErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  const summary = useCallback(
    (fields: readonly SummaryField[]): SummaryError[] => {
      const entries: SummaryError[] = [];
      for (const { name, id, label } of fields) {
        const message = fieldErrors[name];
        if (message !== undefined) entries.push({ fieldId: id, message: `${label}: ${message}` });
      }
      if (formError !== null) entries.push({ fieldId: null, message: formError });
      return entries;
    },
    [fieldErrors, formError],
  );

  return useMemo(
    () => ({ fieldErrors, formError, attempt, busy, submit, clearField, summary }),
    [fieldErrors, formError, attempt, busy, submit, clearField, summary],
  );
}
