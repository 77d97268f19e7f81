import { MAX_DISPLAY_NAME_LENGTH, type UserSummary } from '@kring/shared';

/**
 * How a signed-in person is named next to their caret: "Anna (BZK)", or just the name when the
 * organisation is empty or would not fit in {@link MAX_DISPLAY_NAME_LENGTH}.
 */
export function presenceName(user: Pick<UserSummary, 'name' | 'organisation'>): string {
  const name = user.name.replace(/\s+/g, ' ').trim().slice(0, MAX_DISPLAY_NAME_LENGTH).trim();
  const organisation = user.organisation.replace(/\s+/g, ' ').trim();
  if (organisation === '') return name;
  const withOrganisation = `${name} (${organisation})`;
  return withOrganisation.length <= MAX_DISPLAY_NAME_LENGTH ? withOrganisation : name;
}
