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
  { method: '*', path: '/v1/*', purpose: 'the API: every operation in openapi.yaml' },
  { method: 'POST', path: '/mcp', purpose: 'MCP endpoint: the assistant operations as tools' },
  { method: '_ALL', path: '/mcp', purpose: 'MCP endpoint: 405 for anything but POST (stateless)' },
] as const;
