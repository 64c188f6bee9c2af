import type { Principal } from '../auth/principal.ts';
import type { Tool } from '../contract/tools.ts';

const SCHEME_OF_KIND: Partial<Record<Principal['kind'], string>> = {
  oauth: 'oauth2',
  api_key: 'apiKey',
};

/**
 * The scopes to ask for when the caller's token may not call this tool, read from the
 * operation's `security` before anything runs; undefined when it may (or when no scope
 * would help, which the contract then answers itself). With alternatives (search takes
 * records:read or tasks:read) the first is named.
 */
export function missingScopes(tool: Tool | undefined, principal: Principal): string[] | undefined {
  if (!tool) return undefined;
  const scheme = SCHEME_OF_KIND[principal.kind];
  const sets = tool.operation.security.filter((s) => s.scheme === scheme).map((s) => s.scopes);
  if (sets.length === 0) return undefined;
  if (sets.some((set) => set.every((s) => principal.scopes.has(s)))) return undefined;
  return sets[0];
}
