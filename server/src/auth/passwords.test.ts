import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.js';

describe('password hashing', () => {
  it('verifies the right password only, with the cost stored in the hash', async () => {
    const hash = await hashPassword('correct horse battery staple', 14);
    expect(hash).toMatch(/^scrypt\$14\$8\$1\$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password', 14)).not.toBe(
      await hashPassword('same password', 14),
    );
  });
});
