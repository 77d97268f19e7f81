import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from './dateText.js';

describe('dates typed as text', () => {
  it('reads day-first dates with -, / or . and ISO dates', () => {
    expect(parseDateText('31-12-2026')).toBe('2026-12-31');
    expect(parseDateText('1/2/2026')).toBe('2026-02-01');
    expect(parseDateText(' 01.02.2026 ')).toBe('2026-02-01');
    expect(parseDateText('2026-02-01')).toBe('2026-02-01');
  });

  it('rejects what is not a date', () => {
    expect(parseDateText('31-02-2026')).toBeNull();
    expect(parseDateText('12/31/2026')).toBeNull();
    expect(parseDateText('morgen')).toBeNull();
    expect(parseDateText('')).toBeNull();
  });

  it('shows a stored date day first', () => {
    expect(formatDateText('2026-12-31')).toBe('31-12-2026');
    expect(parseDateText(formatDateText('2026-03-04'))).toBe('2026-03-04');
  });
});
