import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config.ts';
import { loadContract } from '../../src/contract/document.ts';

describe('R5: rate limits are configured, declared and generous', () => {
  it('defaults to limits no honest assistant conversation meets', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      perApiKey: 600,
      perOAuthGrant: 600,
      perIp: 300,
      failedAuthPerIp: 30,
    });
  });

  it('reads each limit from the environment, 0 turning it off, and refuses nonsense', () => {
    const config = loadConfig({ RATE_LIMIT_PER_API_KEY: '0', RATE_LIMIT_FAILED_AUTH_PER_IP: '5' });
    expect(config.rateLimits.perApiKey).toBe(0);
    expect(config.rateLimits.failedAuthPerIp).toBe(5);
    expect(() => loadConfig({ RATE_LIMIT_PER_IP: 'lots' })).toThrow(ConfigError);
    expect(() => loadConfig({ RATE_LIMIT_PER_OAUTH_GRANT: '-1' })).toThrow(ConfigError);
  });

  it('declares the 429 answer on every operation of the contract', () => {
    const paths = loadContract().paths as Record<string, Record<string, { responses?: object }>>;
    const missing = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, op]) => op.responses && !('429' in op.responses))
        .map(([method]) => `${method} ${path}`),
    );
    expect(missing).toEqual([]);
  });
});
