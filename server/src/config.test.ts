import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: './data',
      logLevel: 'info',
      storageCommitWindowMs: 4,
    });
  });

  it('reads the storage commit window and refuses a negative one', () => {
    expect(loadConfig({ STORAGE_COMMIT_WINDOW_MS: '0' }).storageCommitWindowMs).toBe(0);
    expect(() => loadConfig({ STORAGE_COMMIT_WINDOW_MS: '-1' })).toThrow(
      /STORAGE_COMMIT_WINDOW_MS must be at least 0/,
    );
  });

  it('reads values from the environment, treating empty ones as unset', () => {
    expect(
      loadConfig({ PORT: '0', HOST: '::1', DATA_DIR: '/srv/kring', LOG_LEVEL: '' }),
    ).toMatchObject({
      port: 0,
      host: '::1',
      dataDir: '/srv/kring',
      logLevel: 'info',
    });
  });

  it('names every invalid variable in one clear error', () => {
    const attempt = () => loadConfig({ PORT: '80a', LOG_LEVEL: 'loud', MAX_FRAME_BYTES: '12' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT must be a number/);
    expect(attempt).toThrow(/LOG_LEVEL must be one of/);
    expect(attempt).toThrow(/MAX_FRAME_BYTES must be at least 1024/);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be at most 65535/);
  });

  it('reads the mail settings: no SMTP by default, a digest every hour', () => {
    expect(loadConfig({})).toMatchObject({
      smtpUrl: null,
      mailFrom: 'Kring <kring@localhost>',
      mailDigestMinutes: 60,
    });
    expect(
      loadConfig({
        SMTP_URL: 'smtp://kring:geheim@mail.example.org:587',
        MAIL_FROM: 'Kring <kring@example.org>',
        MAIL_DIGEST_MINUTES: '15',
      }),
    ).toMatchObject({
      smtpUrl: 'smtp://kring:geheim@mail.example.org:587',
      mailFrom: 'Kring <kring@example.org>',
      mailDigestMinutes: 15,
    });
  });

  it('refuses a bad SMTP URL without echoing it (it may hold a password)', () => {
    const attempt = () => loadConfig({ SMTP_URL: 'http://kring:geheim@mail.example.org' });
    expect(attempt).toThrow(/SMTP_URL must be a URL like smtp:/);
    expect(attempt).not.toThrow(/geheim/);
    expect(() => loadConfig({ MAIL_DIGEST_MINUTES: '0' })).toThrow(
      /MAIL_DIGEST_MINUTES must be at least 1/,
    );
  });
});
