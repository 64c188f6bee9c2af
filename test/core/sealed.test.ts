import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/core/sealed.ts';

describe('secrets sealed with the server secret', () => {
  const secret = 'a server secret of at least thirty-two characters';
  const sealer = createSealer(secret, 'vapid private key');

  it('opens with the same secret and label only', () => {
    const sealed = sealer.seal('the private key');
    expect(sealed).not.toContain('the private key');
    expect(sealed).toMatch(/^v1\.[\w-]+$/);
    expect(sealer.open(sealed)).toBe('the private key');
    expect(() => createSealer(`${secret}!`, 'vapid private key').open(sealed)).toThrow();
    expect(() => createSealer(secret, 'another label').open(sealed)).toThrow();
    // One bit of the ciphertext changed: the tag no longer matches.
    const [version, text = ''] = sealed.split('.');
    const flipped = Buffer.from(text, 'base64url');
    flipped[flipped.length - 1] = (flipped.at(-1) ?? 0) ^ 1;
    expect(() => sealer.open([version, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => sealer.open('garbage')).toThrow();
  });

  it('seals the same secret differently each time (a fresh IV)', () => {
    expect(sealer.seal('x')).not.toBe(sealer.seal('x'));
  });
});
