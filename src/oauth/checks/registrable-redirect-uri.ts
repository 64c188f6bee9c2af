/** Loopback hosts a native app may listen on with plain http (RFC 8252 §7.3, §8.3). */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const MAX_LENGTH = 2000;
const MAX_URIS = 10;

/** A redirect URI that no client may register; the message says which rule it breaks. */
export class RedirectUriRefused extends Error {}

/**
 * The one rule for every redirect URI a client brings, whether by `/oauth/register`
 * (RFC 7591) or in a Client ID Metadata Document: the authorization endpoint later
 * compares them by exact string (docs/security.md A1), so each must be an exact, safe URL.
 */
export function checkRegistrableRedirectUri(value: unknown): string {
  if (typeof value !== 'string') throw new RedirectUriRefused('A redirect URI must be a string.');
  if (value.length > MAX_LENGTH) {
    throw new RedirectUriRefused(`A redirect URI may have up to ${MAX_LENGTH} characters.`);
  }
  // The URL parser would drop spaces, tabs and newlines silently; exact matching would not.
  if (/[\s\p{Cc}]/u.test(value)) {
    throw new RedirectUriRefused('A redirect URI may not contain spaces or control characters.');
  }
  if (!URL.canParse(value)) throw new RedirectUriRefused('A redirect URI must be an absolute URL.');
  const url = new URL(value);
  // RFC 6749 §3.1.2: the endpoint URI MUST NOT include a fragment (not even an empty one).
  if (value.includes('#')) throw new RedirectUriRefused('A redirect URI may not have a fragment.');
  // Credentials in a URL are a phishing device and never part of an exact callback.
  const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?]*)/i.exec(value)?.[1] ?? '';
  if (url.username || url.password || authority.includes('@')) {
    throw new RedirectUriRefused('A redirect URI may not carry a user name or password.');
  }
  if (url.protocol === 'https:') return value;
  if (url.protocol === 'http:') {
    // RFC 8252 §8.3: plain http only where the request never leaves the device.
    if (LOOPBACK_HOSTS.has(url.hostname)) return value;
    throw new RedirectUriRefused(
      'A redirect URI must use https; plain http only on 127.0.0.1, [::1] or localhost.',
    );
  }
  // javascript:, data:, file: and private-use schemes: nothing Tend should send a code to.
  throw new RedirectUriRefused('A redirect URI must use https (or http on a loopback address).');
}

/** A client's list: 1 to 10 URIs, each by the rule above; duplicates kept once. */
export function checkRegistrableRedirectUris(values: unknown): string[] {
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_URIS) {
    throw new RedirectUriRefused(`redirect_uris must list 1 to ${MAX_URIS} URIs.`);
  }
  return [...new Set(values.map(checkRegistrableRedirectUri))];
}
