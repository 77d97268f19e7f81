/** Name of the session cookie (`__Host-` prefixed when the cookie is `Secure`). */
export const SESSION_COOKIE = 'kring_session';
/** Cookie-authenticated state-changing requests must echo the session's CSRF token in this header. */
export const CSRF_HEADER = 'x-kring-csrf';
/** Shortest accepted password, in characters. */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest accepted password, in characters (scrypt input stays bounded). */
export const PASSWORD_MAX_LENGTH = 256;
/** Session lifetime without use, in days; every use extends it. */
export const SESSION_IDLE_DAYS = 14;
/** Lifetime of an invitation link unless the inviter chooses otherwise, in days. */
export const INVITATION_DEFAULT_DAYS = 14;
/** Longest allowed invitation lifetime, in days. */
export const INVITATION_MAX_DAYS = 90;
/** Lifetime of a password reset link, in minutes. */
export const PASSWORD_RESET_MINUTES = 60;
/** Longest API token lifetime that can be chosen, in days (no expiry is also allowed). */
export const API_TOKEN_MAX_DAYS = 366;
