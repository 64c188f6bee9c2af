import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../src/chat/providers/retry-after.ts';

const now = new Date('2026-12-02T10:00:00Z');
const wait = (headers: Record<string, string>) => retryAfterMs(new Headers(headers), now);

describe('Retry-After', () => {
  it('reads seconds, fractions included', () => {
    expect(wait({ 'retry-after': '3' })).toBe(3000);
    expect(wait({ 'retry-after': '0.5' })).toBe(500);
  });

  it('reads an HTTP date against the clock, never below zero', () => {
    expect(wait({ 'retry-after': 'Wed, 02 Dec 2026 10:00:30 GMT' })).toBe(30_000);
    expect(wait({ 'retry-after': 'Wed, 02 Dec 2026 09:59:00 GMT' })).toBe(0);
  });

  it('prefers retry-after-ms, and ignores what it cannot read', () => {
    expect(wait({ 'retry-after-ms': '1250', 'retry-after': '9' })).toBe(1250);
    expect(wait({ 'retry-after-ms': 'soon', 'retry-after': '2' })).toBe(2000);
    expect(wait({ 'retry-after': 'later' })).toBeUndefined();
    expect(wait({ 'retry-after': '-4' })).toBeUndefined();
    expect(wait({})).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});
