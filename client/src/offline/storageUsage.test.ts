import { describe, expect, it } from 'vitest';
import { formatBytes, nearQuota } from './storageUsage.js';

describe('storage usage', () => {
  it('warns from 80 % of the quota, not before, and not without numbers', () => {
    expect(nearQuota({ usage: 79, quota: 100, persisted: true })).toBe(false);
    expect(nearQuota({ usage: 80, quota: 100, persisted: true })).toBe(true);
    expect(nearQuota({ usage: null, quota: 100, persisted: false })).toBe(false);
    expect(nearQuota({ usage: 5, quota: 0, persisted: false })).toBe(false);
  });

  it('writes sizes as people read them, in their language', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(1_234_567, 'nl')).toBe('1,2 MB');
    expect(formatBytes(25_000_000_000, 'en')).toBe('25 GB');
  });
});
