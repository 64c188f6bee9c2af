import { describe, expect, it } from 'vitest';
import { seal, unseal } from '../../src/core/sealed.ts';

describe('secrets sealed with the server secret', () => {
  const secret = 'a server secret of at least thirty-two characters';

  it('opens with the same secret and purpose only', () => {
    const sealed = seal('the private key', secret, 'vapid private key');
    expect(sealed).not.toContain('the private key');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(unseal(sealed, secret, 'vapid private key')).toBe('the private key');
    expect(unseal(sealed, `${secret}!`, 'vapid private key')).toBeUndefined();
    expect(unseal(sealed, secret, 'another purpose')).toBeUndefined();
    // One bit of the ciphertext changed: the tag no longer matches.
    const [version, iv, body = '', tag] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    const tampered = [version, iv, flipped.toString('base64url'), tag].join('.');
    expect(unseal(tampered, secret, 'vapid private key')).toBeUndefined();
    expect(unseal('garbage', secret, 'vapid private key')).toBeUndefined();
  });

  it('seals the same secret differently each time (a fresh IV)', () => {
    expect(seal('x', secret, 'p')).not.toBe(seal('x', secret, 'p'));
  });
});
