import type { ThrottleRule } from '../http/throttle.ts';

const MINUTE = 60_000;

/** SECURITY.md R7: costly or guessable flows, per IP and per account. */
export const THROTTLES = {
  signInPerIp: { name: 'sign-in:ip', limit: 30, windowMs: 15 * MINUTE },
  signInPerAccount: { name: 'sign-in:account', limit: 10, windowMs: 15 * MINUTE },
  signUpPerIp: { name: 'sign-up:ip', limit: 10, windowMs: 60 * MINUTE },
  /** Per email address being signed up: probing or flooding one address from many IPs. */
  signUpPerAccount: { name: 'sign-up:account', limit: 5, windowMs: 60 * MINUTE },
  registerPerIp: { name: 'register:ip', limit: 20, windowMs: 60 * MINUTE },
  /** Each resend is a mail to someone's inbox. */
  verifyResendPerAccount: { name: 'verify-resend:account', limit: 5, windowMs: 60 * MINUTE },
  passwordResetPerIp: { name: 'password-reset:ip', limit: 20, windowMs: 60 * MINUTE },
  /** Per address asked about, whether or not it has an account (no enumeration). */
  passwordResetPerAccount: { name: 'password-reset:account', limit: 5, windowMs: 60 * MINUTE },
  consentPerAccount: { name: 'consent:account', limit: 60, windowMs: 15 * MINUTE },
  consentPerIp: { name: 'consent:ip', limit: 120, windowMs: 15 * MINUTE },
} satisfies Record<string, ThrottleRule>;
