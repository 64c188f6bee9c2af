import { ALL_SCOPES } from '../auth/principal.ts';
import { lookupTable } from '../core/lookup-table.ts';

/** What an assistant may be granted; `account` stays with the person's own sessions. */
export const ASSISTANT_SCOPES = ['tasks:read', 'tasks:write', 'records:read', 'records:write'];

/** The consent page says what a scope allows in plain words. */
export const SCOPE_WORDS = lookupTable<string>({
  'tasks:read': 'See your tasks',
  'tasks:write': 'See and change your tasks: add, edit, complete and delete them',
  'records:read': 'See your care records, people and pets',
  'records:write': 'See and change your care records, people and pets: add, edit and delete them',
  account: 'Manage your Tend account, API keys and connected apps',
  chat: "Talk with Tend's own chat, which acts with the other access you allow here",
});

/**
 * Scopes ticked on a form (one `scopes` field per checkbox): assistant scopes only, at
 * least one, or null — the server decides, whatever the page offered.
 */
export function chosenAssistantScopes(raw: unknown): string[] | null {
  const values = (Array.isArray(raw) ? raw : [raw]).filter((s) => typeof s === 'string');
  if (values.length === 0 || !values.every((s) => ASSISTANT_SCOPES.includes(s))) return null;
  return ASSISTANT_SCOPES.filter((s) => values.includes(s));
}

export function parseScope(text: string): string[] {
  return [...new Set(text.split(' ').filter(Boolean))];
}

export function isKnownScope(scope: string): boolean {
  return (ALL_SCOPES as readonly string[]).includes(scope);
}

export function formatScope(scopes: readonly string[]): string {
  return ALL_SCOPES.filter((s) => scopes.includes(s)).join(' ');
}
