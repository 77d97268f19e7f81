import type { UserSummary } from '@kring/shared';

/** The `@word` being typed just before the caret, if any (what to suggest members for). */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}._-]{0,40})$/u.exec(text.slice(0, caret));
  if (match === null) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** Members whose name contains the query (case and accents ignored), at most `limit`. */
export function mentionCandidates(
  members: readonly UserSummary[],
  query: string,
  limit = 6,
): UserSummary[] {
  const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = fold(query);
  return members.filter((member) => fold(member.name).includes(wanted)).slice(0, limit);
}

/** The members mentioned in a text: those whose `@Name` it contains. */
export function mentionedIn(text: string, members: readonly UserSummary[]): string[] {
  return members.filter((member) => text.includes(`@${member.name}`)).map((member) => member.id);
}
