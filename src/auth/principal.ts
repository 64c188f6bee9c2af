/** Who is calling, once their credentials have been checked. */
export interface Principal {
  /** `web`: a dashboard session, which counts as the `account` scope and nothing more. */
  kind: 'api_key' | 'oauth' | 'web';
  userId: string;
  timezone: string;
  scopes: ReadonlySet<string>;
  /** How the journal and logs name this caller, e.g. `api_key:tend_AbC123x`. */
  actor: string;
  credentialId: string;
}

export const ALL_SCOPES = [
  'tasks:read',
  'tasks:write',
  'records:read',
  'records:write',
  'account',
  // Tend's own chat; its tools act with the credential's other scopes, never more.
  'chat',
] as const;
export type Scope = (typeof ALL_SCOPES)[number];

export function isScope(value: string): value is Scope {
  return (ALL_SCOPES as readonly string[]).includes(value);
}
