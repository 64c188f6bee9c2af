/**
 * The credential caches of one Tend instance, so that ending a credential drops what they
 * hold about its person at once: on this instance synchronously, from the code that
 * ended it, and on every other instance from the database's notice (credential-notices.ts).
 * Each authenticator adds how to forget in its own cache.
 */
export interface CredentialCaches {
  /** Adds one cache's way to drop a person's entries (or, with no person, all of them). */
  add(forget: (userId: string | undefined) => void): void;
  /** Drops everything cached about this person's keys and grants, here and now. */
  forget(userId: string): void;
  /** Drops everything: notices may have been missed while the database was away. */
  forgetAll(): void;
}

export function createCredentialCaches(): CredentialCaches {
  const forgetters: ((userId: string | undefined) => void)[] = [];
  return {
    add(forget) {
      forgetters.push(forget);
    },
    forget(userId) {
      for (const forget of forgetters) forget(userId);
    },
    forgetAll() {
      for (const forget of forgetters) forget(undefined);
    },
  };
}
