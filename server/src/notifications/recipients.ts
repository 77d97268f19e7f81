import type { NotificationKind } from '@kring/shared';

/** Longest excerpt of a comment or answer in a notification. */
export const EXCERPT_LENGTH = 200;

/** The first {@link EXCERPT_LENGTH} characters of a text, on one line. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const characters = [...flat];
  return characters.length <= EXCERPT_LENGTH
    ? flat
    : characters.slice(0, EXCERPT_LENGTH - 1).join('') + '…';
}

/** Stronger kinds win when one event gives someone several reasons (one notification each). */
const PRIORITY: readonly NotificationKind[] = ['mention', 'reply', 'answer', 'comment'];

function rank(kind: NotificationKind): number {
  const at = PRIORITY.indexOf(kind);
  return at === -1 ? PRIORITY.length : at;
}

/** Adds a recipient for an event, keeping the strongest kind when they have several reasons. */
export function addRecipient(
  recipients: Map<string, NotificationKind>,
  userId: string,
  kind: NotificationKind,
): void {
  const current = recipients.get(userId);
  if (current === undefined || rank(kind) < rank(current)) recipients.set(userId, kind);
}
