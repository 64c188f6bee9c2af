import { ALL_SCOPES } from '../auth/principal.ts';
import { lookupTable } from '../lookup-table.ts';

/** What an assistant may be granted; `account` stays with the person's own sessions. */
export const ASSISTANT_SCOPES = ['tasks:read', 'tasks:write', 'records:read', 'records:write'];

/** The consent page says what a scope allows in plain words. */
export const SCOPE_WORDS = lookupTable<string>({
  'tasks:read': 'See your tasks',
  'tasks:write': 'See and change your tasks',
  'records:read': 'See your people, pets and care records',
  'records:write': 'Add, change and delete your people, pets and care records',
  account: 'Manage your Tend account, API keys and connected apps',
});

export function parseScope(text: string): string[] {
  return [...new Set(text.split(' ').filter(Boolean))];
}

export function isKnownScope(scope: string): boolean {
  return (ALL_SCOPES as readonly string[]).includes(scope);
}

export function formatScope(scopes: readonly string[]): string {
  return ALL_SCOPES.filter((s) => scopes.includes(s)).join(' ');
}
