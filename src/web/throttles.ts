import type { BackoffRule, ThrottleRule } from '../http/throttle.ts';

const MINUTE = 60_000;

/** docs/security.md R7: costly or guessable flows, per IP and per account. */
export const THROTTLES = {
  /** Per source, whichever accounts it tries: one source guessing many passwords. */
  signInPerIp: { name: 'sign-in:ip', limit: 30, windowMs: 15 * MINUTE },
  /** Re-entering the password of a signed-in session (confirm-password), per user. */
  signInPerAccount: { name: 'sign-in:account', limit: 10, windowMs: 15 * MINUTE },
  signUpPerIp: { name: 'sign-up:ip', limit: 10, windowMs: 60 * MINUTE },
  /** Per email address being signed up: probing or flooding one address from many IPs. */
  signUpPerAccount: { name: 'sign-up:account', limit: 5, windowMs: 60 * MINUTE },
  registerPerIp: { name: 'register:ip', limit: 20, windowMs: 60 * MINUTE },
  /** Each resend is a mail to someone's inbox. */
  verifyResendPerAccount: { name: 'verify-resend:account', limit: 5, windowMs: 60 * MINUTE },
  passwordResetPerIp: { name: 'password-reset:ip', limit: 20, windowMs: 60 * MINUTE },
  /**
   * Per address asked about and source together, whether or not it has an account (no
   * enumeration): a stranger asking for someone's address never stops the owner asking.
   */
  passwordResetPerPair: { name: 'password-reset:pair', limit: 5, windowMs: 60 * MINUTE },
  consentPerAccount: { name: 'consent:account', limit: 60, windowMs: 15 * MINUTE },
  consentPerIp: { name: 'consent:ip', limit: 120, windowMs: 15 * MINUTE },
} satisfies Record<string, ThrottleRule>;

/**
 * Failed sign-ins per (account, source) together: three free, then 1 s, 2 s, 4 s … up to
 * 15 minutes between tries from that source. Never per account alone, so wrong passwords
 * from elsewhere never lock the owner out (OWASP Authentication Cheat Sheet).
 */
export const SIGN_IN_BACKOFF: BackoffRule = {
  name: 'sign-in:pair',
  free: 3,
  baseMs: 1000,
  maxMs: 15 * MINUTE,
};

/** The subject of a per-(account, source) counter. */
export function accountAtSource(account: string, source: string | undefined): string {
  return `${account.slice(0, 254)}|${source ?? 'unknown'}`;
}
