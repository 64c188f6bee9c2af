import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../src/core/lazy-module.ts';

describe('lazyModule', () => {
  it('loads nothing until asked, then once for every caller', async () => {
    let imports = 0;
    const lazy = lazyModule(async () => {
      imports += 1;
      return { answer: 42 };
    });
    expect(imports).toBe(0);
    expect(lazy.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(imports).toBe(1);
    expect(a).toBe(b);
    expect(lazy.loaded()).toBe(a);
  });

  it('tries again after a failed load', async () => {
    let attempts = 0;
    const lazy = lazyModule(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('not installed');
      return 'loaded';
    });
    await expect(lazy.load()).rejects.toThrow('not installed');
    expect(lazy.loaded()).toBeUndefined();
    await expect(lazy.load()).resolves.toBe('loaded');
    expect(attempts).toBe(2);
  });
});
