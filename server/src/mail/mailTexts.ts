import type { NotificationKind } from '@kring/shared';

/** The two languages Kring writes mail in. */
export type MailLanguage = 'nl' | 'en';

/** One notification as a mail shows it. */
export interface MailItem {
  readonly kind: NotificationKind;
  /** Who did it; null once their account is gone. */
  readonly actorName: string | null;
  readonly title: string;
  readonly excerpt: string;
  /** The absolute link to the exact place. */
  readonly link: string;
}

/** A rendered mail, without its recipient. */
export interface MailContent {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line of text: no line breaks nor control characters (subjects, names, titles). */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

const SOMEONE: Record<MailLanguage, string> = { nl: 'Iemand', en: 'Someone' };

const WHAT: Record<
  NotificationKind,
  Record<MailLanguage, (actor: string, title: string) => string>
> = {
  mention: {
    nl: (actor, title) => `${actor} noemde je op “${title}”`,
    en: (actor, title) => `${actor} mentioned you on “${title}”`,
  },
  reply: {
    nl: (actor, title) => `${actor} reageerde in een gesprek op “${title}”`,
    en: (actor, title) => `${actor} replied in a thread on “${title}”`,
  },
  comment: {
    nl: (actor, title) => `${actor} begon een gesprek op “${title}”`,
    en: (actor, title) => `${actor} started a thread on “${title}”`,
  },
  answer: {
    nl: (actor, title) => `${actor} beantwoordde je vraag “${title}”`,
    en: (actor, title) => `${actor} answered your question “${title}”`,
  },
  page_changed: {
    nl: (actor, title) => `${actor} wijzigde “${title}”`,
    en: (actor, title) => `${actor} changed “${title}”`,
  },
  page_created: {
    nl: (actor, title) => `${actor} maakte de pagina “${title}”`,
    en: (actor, title) => `${actor} created the page “${title}”`,
  },
};

const SETTINGS: Record<MailLanguage, string> = {
  nl: 'Wil je deze mails anders of niet meer ontvangen? Pas het aan bij je account:',
  en: 'Want these mails differently, or not at all? Change it in your account:',
};

const OPEN: Record<MailLanguage, string> = { nl: 'Openen', en: 'Open' };

function describe(item: MailItem, language: MailLanguage): string {
  return WHAT[item.kind][language](
    oneLine(item.actorName ?? SOMEONE[language]),
    oneLine(item.title) || '…',
  );
}

/** The languages a mail is written in: the recipient's when known, else Dutch and English. */
function languagesFor(language: MailLanguage | null): readonly MailLanguage[] {
  return language === null ? ['nl', 'en'] : [language];
}

function paragraphs(blocks: readonly string[]): string {
  return blocks.map((block) => `<p>${block}</p>`).join('\n');
}

function htmlDocument(body: string): string {
  return `<!doctype html>\n<html><body style="font-family:sans-serif;line-height:1.4">\n${body}\n</body></html>\n`;
}

function link(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
}

/**
 * A notification mail: one notification (immediate) or everything pending (a digest), with a
 * link to each exact place and one to the account settings.
 */
export function notificationMail(
  items: readonly MailItem[],
  settingsLink: string,
  language: MailLanguage | null,
): MailContent {
  const languages = languagesFor(language);
  const single = items.length === 1 ? items[0] : undefined;
  const subjectIn = (lang: MailLanguage) =>
    single !== undefined
      ? describe(single, lang)
      : lang === 'nl'
        ? `${items.length} nieuwe meldingen in Kring`
        : `${items.length} new notifications in Kring`;
  const subject = oneLine(`Kring: ${languages.map(subjectIn).join(' / ')}`);
  const textParts: string[] = [];
  const htmlParts: string[] = [];
  for (const lang of languages) {
    if (single === undefined) textParts.push(subjectIn(lang), '');
    for (const item of items) {
      textParts.push(`- ${describe(item, lang)}`);
      if (item.excerpt !== '') textParts.push(`  “${oneLine(item.excerpt)}”`);
      textParts.push(`  ${item.link}`, '');
    }
    textParts.push(SETTINGS[lang], settingsLink, '');
    const entries = items.map((item) => {
      const excerpt = item.excerpt === '' ? '' : `<br><q>${escapeHtml(oneLine(item.excerpt))}</q>`;
      return `<li>${escapeHtml(describe(item, lang))}${excerpt}<br>${link(item.link, OPEN[lang])}</li>`;
    });
    htmlParts.push(
      (single === undefined ? `<p>${escapeHtml(subjectIn(lang))}</p>\n` : '') +
        `<ul>\n${entries.join('\n')}\n</ul>\n` +
        paragraphs([`${escapeHtml(SETTINGS[lang])} ${link(settingsLink, settingsLink)}`]),
    );
  }
  return {
    subject,
    text: textParts.join('\n'),
    html: htmlDocument(htmlParts.join('\n<hr>\n')),
  };
}

/** The password reset mail (Dutch and English): the link works once, within the hour. */
export function passwordResetMail(resetLink: string): MailContent {
  const text = [
    'Er is gevraagd om een nieuw wachtwoord voor je Kring-account. Kies er binnen een uur een via deze link (hij werkt één keer):',
    resetLink,
    'Heb je dit niet gevraagd? Dan kun je deze mail negeren.',
    '',
    'Someone asked for a new password for your Kring account. Choose one within the hour through this link (it works once):',
    resetLink,
    'Did not ask for it? Then you can ignore this mail.',
    '',
  ];
  return {
    subject: 'Kring: nieuw wachtwoord / new password',
    text: text.join('\n'),
    html: htmlDocument(
      paragraphs([
        escapeHtml(text[0]!),
        link(resetLink, resetLink),
        escapeHtml(text[2]!),
        escapeHtml(text[4]!),
        link(resetLink, resetLink),
        escapeHtml(text[6]!),
      ]),
    ),
  };
}

/** The invitation mail (Dutch and English) for someone an owner added by email. */
export function invitationMail(
  inviteLink: string,
  communityName: string,
  inviterName: string | null,
): MailContent {
  const community = oneLine(communityName);
  const inviter = inviterName === null ? null : oneLine(inviterName);
  const nl = `${inviter ?? 'Iemand'} nodigt je uit voor de community “${community}” in Kring. Doe mee via deze link:`;
  const en = `${inviter ?? 'Someone'} invites you to the community “${community}” in Kring. Join through this link:`;
  return {
    subject: oneLine(`Kring: uitnodiging voor / invitation to “${community}”`),
    text: [nl, inviteLink, '', en, inviteLink, ''].join('\n'),
    html: htmlDocument(
      paragraphs([
        escapeHtml(nl),
        link(inviteLink, inviteLink),
        escapeHtml(en),
        link(inviteLink, inviteLink),
      ]),
    ),
  };
}
