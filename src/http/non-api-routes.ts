/**
 * Everything Tend serves outside the contract's operations, with why (OWASP API9: an
 * inventory of what is exposed). The inventory test walks express's routing table and
 * fails on any route not listed here or in openapi.yaml.
 */
export const NON_API_ROUTES = [
  { method: 'GET', path: '/healthz', purpose: 'liveness: the process answers' },
  { method: 'GET', path: '/readyz', purpose: 'readiness: the database answers too' },
  { method: 'GET', path: '/openapi.json', purpose: 'the whole contract' },
  { method: 'GET', path: '/openapi.yaml', purpose: 'the whole contract' },
  {
    method: 'GET',
    path: '/actions/openapi.yaml',
    purpose: 'the assistant subset for a Custom GPT',
  },
  { method: 'GET', path: '/docs', purpose: 'the API reference page' },
  { method: 'GET', path: '/docs/init.js', purpose: 'the reference page’s script' },
  {
    method: 'GET',
    path: '/docs/assets/*',
    purpose: 'the reference page’s assets (swagger-ui-dist)',
  },
  {
    method: 'GET',
    path: '/calendar/:token.ics',
    purpose: 'the secret iCalendar feed (the token in the path is the credential)',
  },
  { method: 'GET', path: '/signin', purpose: 'the sign-in page' },
  { method: 'POST', path: '/signin', purpose: 'signs in with email and password' },
  { method: 'GET', path: '/signup', purpose: 'the sign-up page' },
  { method: 'POST', path: '/signup', purpose: 'creates an account' },
  { method: 'POST', path: '/signout', purpose: 'ends the web session' },
  { method: 'GET', path: '/account', purpose: 'the signed-in person’s dashboard' },
  { method: 'POST', path: '/account/password', purpose: 'changes the password' },
  { method: 'POST', path: '/account/chatgpt', purpose: 'Connect ChatGPT: makes an Action client' },
  {
    method: 'GET',
    path: '/account/chatgpt/:clientId',
    purpose: 'what to paste into the GPT editor (secret shown once)',
  },
  {
    method: 'POST',
    path: '/account/chatgpt/:clientId/callback',
    purpose: 'pins the GPT’s exact callback URL',
  },
  {
    method: 'POST',
    path: '/account/apps/:grantId/disconnect',
    purpose: 'disconnects a connected app',
  },
  { method: 'POST', path: '/account/api-keys', purpose: 'creates an API key (createApiKey)' },
  {
    method: 'GET',
    path: '/account/api-keys/new',
    purpose: 'shows a new API key once',
  },
  {
    method: 'POST',
    path: '/account/api-keys/:keyId/revoke',
    purpose: 'revokes an API key (revokeApiKey)',
  },
  { method: 'GET', path: '/verify', purpose: 'a mailed verification link: the confirm page' },
  { method: 'POST', path: '/verify', purpose: 'confirms the email address (uses the link up)' },
  {
    method: 'POST',
    path: '/account/verify-email',
    purpose: 'mails a new verification link (throttled)',
  },
  { method: 'GET', path: '/forgot-password', purpose: 'asks for the address to reset' },
  {
    method: 'POST',
    path: '/forgot-password',
    purpose: 'mails a reset link if the account exists (same answer either way)',
  },
  { method: 'GET', path: '/reset-password', purpose: 'a mailed reset link: the new-password form' },
  {
    method: 'POST',
    path: '/reset-password',
    purpose: 'sets the new password and ends every session and refresh token',
  },
  {
    method: 'POST',
    path: '/account/delete',
    purpose: 'deletes the account and all its data (current password required)',
  },
  { method: 'GET', path: '/goodbye', purpose: 'where a deleted account lands' },
  {
    method: 'GET',
    path: '/live',
    purpose: 'Server-Sent Events: the signed-in person’s own changes, for live pages (R13)',
  },
  { method: 'GET', path: '/activity', purpose: 'the Activity page: every change, with Undo' },
  {
    method: 'POST',
    path: '/activity/:entryId/undo',
    purpose: 'undoes one change from the Activity page (undoActivity)',
  },
  {
    method: 'GET',
    path: '/dev/outbox',
    purpose: 'development without SMTP_URL only: the mails Tend would have sent',
  },
  {
    method: 'GET',
    path: '/assets/tend.css',
    purpose: 'the stylesheet of the server-rendered pages',
  },
  {
    method: 'GET',
    path: '/assets/js/:file',
    purpose: 'the pages’ own browser scripts (src/web/scripts/), bundled',
  },
  { method: 'GET', path: '/assets/favicon.svg', purpose: 'the icon of the server-rendered pages' },
  { method: 'GET', path: '/oauth/authorize', purpose: 'OAuth authorization: sign-in and consent' },
  { method: 'POST', path: '/oauth/authorize', purpose: 'the consent page’s Allow or Deny' },
  { method: 'POST', path: '/oauth/token', purpose: 'OAuth token endpoint (RFC 6749)' },
  { method: 'POST', path: '/oauth/revoke', purpose: 'OAuth token revocation (RFC 7009)' },
  {
    method: 'POST',
    path: '/oauth/register',
    purpose: 'OAuth dynamic client registration (RFC 7591)',
  },
  {
    method: 'GET',
    path: '/.well-known/oauth-authorization-server',
    purpose: 'authorization server metadata (RFC 8414)',
  },
  {
    method: 'GET',
    path: '/.well-known/oauth-protected-resource',
    purpose: 'protected resource metadata for the API (RFC 9728)',
  },
  {
    method: 'GET',
    path: '/.well-known/oauth-protected-resource/mcp',
    purpose: 'protected resource metadata for /mcp (RFC 9728 §3.1)',
  },
  ...[
    '/oauth/token',
    '/oauth/revoke',
    '/oauth/register',
    '/.well-known/oauth-authorization-server',
    '/.well-known/oauth-protected-resource',
    '/.well-known/oauth-protected-resource/mcp',
  ].map((path) => ({
    method: 'OPTIONS' as const,
    path,
    purpose: 'CORS preflight: any origin, no credentials (docs/security.md R8)',
  })),
  { method: '*', path: '/v1/*', purpose: 'the API: every operation in openapi.yaml' },
  { method: 'POST', path: '/mcp', purpose: 'MCP endpoint: the assistant operations as tools' },
  { method: '_ALL', path: '/mcp', purpose: 'MCP endpoint: 405 for anything but POST (stateless)' },
] as const;
