import nodemailer from 'nodemailer';

/** One mail: plain text and simple HTML (already escaped by whoever rendered it). */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** Sends mail; Kring has one, real when `SMTP_URL` is set. */
export interface Mailer {
  /** Whether mail goes anywhere (false: the no-op one). */
  readonly available: boolean;
  /** Sends one mail. @throws when the mail server refuses or cannot be reached. */
  send(message: MailMessage): Promise<void>;
  /** Closes pooled connections (at shutdown). */
  close(): void;
}

/** Where no SMTP server is configured: nothing is sent, and nobody is told it was. */
export const NO_MAILER: Mailer = {
  available: false,
  send: () => Promise.resolve(),
  close: () => undefined,
};

/** A mailer that sends through the SMTP server at `url` (`smtp://user:password@host:port`). */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url,
    // A mail server that hangs must not hold a digest run for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    available: true,
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
    },
    close: () => transport.close(),
  };
}

/** What may be logged of a failed send: codes, never addresses nor content. */
export function sendFailure(error: unknown): { code: string | null; responseCode: number | null } {
  const found = error as { code?: unknown; responseCode?: unknown } | null;
  return {
    code: typeof found?.code === 'string' ? found.code : null,
    responseCode: typeof found?.responseCode === 'number' ? found.responseCode : null,
  };
}

/** The SMTP mailer when `SMTP_URL` is set, else the no-op one. */
export function mailerFor(config: { smtpUrl: string | null; mailFrom: string }): Mailer {
  return config.smtpUrl === null ? NO_MAILER : createSmtpMailer(config.smtpUrl, config.mailFrom);
}
