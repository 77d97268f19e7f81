import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@nl-design-system-candidate/button-react';
import { COMMENT_LIMITS, type UserSummary } from '@kring/shared';
import { apiErrorMessage } from '../forms/apiErrorMessage.js';
import { mentionCandidates, mentionQuery, mentionedIn } from './mentions.js';

/** Props of {@link CommentForm}. */
export interface CommentFormProps {
  readonly label: string;
  readonly submitLabel: string;
  readonly initial?: string;
  /** Saves the text with the members it mentions; a rejection shows under the field. */
  readonly onSubmit: (body: string, mentions: string[]) => Promise<void>;
  /** Members who can be @mentioned (typing @ suggests them); none: no suggestions. */
  readonly members?: readonly UserSummary[];
  readonly onCancel?: () => void;
  readonly autoFocus?: boolean;
}

/** One text field for a comment, a reply or an edit; Ctrl+Enter sends it. */
export function CommentForm(props: CommentFormProps) {
  const { label, submitLabel, initial, onSubmit, onCancel, autoFocus, members = [] } = props;
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState(initial ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const mention = members.length === 0 ? null : mentionQuery(body, caret);
  const candidates = mention === null ? [] : mentionCandidates(members, mention.query);
  const listId = `${id}-mentions`;
  const optionId = (index: number) => `${id}-mention-${index}`;

  const insertMention = (member: UserSummary) => {
    if (mention === null) return;
    const inserted = `@${member.name} `;
    const next = body.slice(0, mention.start) + inserted + body.slice(caret);
    const at = mention.start + inserted.length;
    setBody(next);
    setCaret(at);
    setActive(0);
    requestAnimationFrame(() => field.current?.setSelectionRange(at, at));
  };
  const onMentionKey = (event: KeyboardEvent<HTMLTextAreaElement>): boolean => {
    if (candidates.length === 0) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + candidates.length) % candidates.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      insertMention(candidates[Math.min(active, candidates.length - 1)]!);
    } else if (event.key === 'Escape') {
      setCaret(-1);
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  };

  const send = async () => {
    if (busy) return;
    if (body.trim() === '') {
      setError(t('comments.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSubmit(body, mentionedIn(body, members));
      setBody('');
    } catch (failure) {
      setError(apiErrorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  return (
    <form className="kring-comment-form" onSubmit={submit} noValidate>
      <label className="kring-form__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        ref={field}
        id={id}
        className="kring-textbox kring-textarea"
        rows={2}
        value={body}
        maxLength={COMMENT_LIMITS.body}
        aria-invalid={error !== null}
        aria-describedby={error === null ? undefined : `${id}-error`}
        {...(members.length > 0
          ? {
              role: 'combobox',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': candidates.length > 0,
              'aria-controls': listId,
              ...(candidates.length > 0
                ? { 'aria-activedescendant': optionId(Math.min(active, candidates.length - 1)) }
                : {}),
            }
          : {})}
        autoFocus={autoFocus}
        onChange={(event) => {
          setBody(event.currentTarget.value);
          setCaret(event.currentTarget.selectionStart);
          setActive(0);
          setError(null);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={(event) => {
          if (onMentionKey(event)) return;
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          }
        }}
      />
      {members.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t('comments.mentionSuggestions')}
          className="kring-mention-list"
          hidden={candidates.length === 0}
        >
          {candidates.map((member, index) => (
            <li
              key={member.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === Math.min(active, candidates.length - 1)}
              className="kring-mention-list__option"
              onMouseDown={(event) => {
                event.preventDefault();
                insertMention(member);
              }}
            >
              {member.organisation === '' ? member.name : `${member.name} (${member.organisation})`}
            </li>
          ))}
        </ul>
      )}
      {error !== null && (
        <p className="kring-form__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      <div className="kring-actions">
        {onCancel !== undefined && (
          <Button purpose="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" purpose="primary" busy={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
