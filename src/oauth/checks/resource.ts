import { OAuthError } from '../oauth-error.ts';

/** The resources Tend serves: the API (named by PUBLIC_URL or its /v1) and /mcp. */
export function servedResources(publicUrl: string): string[] {
  return [publicUrl, `${publicUrl}/v1`, `${publicUrl}/mcp`];
}

/**
 * RFC 8707 §2: the token's audience is the resource asked for; one Tend does not serve
 * is `invalid_target`. Without one, the token is for PUBLIC_URL (the API).
 */
export function checkResource(publicUrl: string, resource: string | undefined): string {
  if (resource === undefined) return publicUrl;
  const normalized = resource.replace(/\/+$/, '');
  if (!servedResources(publicUrl).includes(normalized)) {
    throw new OAuthError('invalid_target', 'Tend does not serve this resource.');
  }
  return normalized;
}
