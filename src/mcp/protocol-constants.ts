/**
 * The few constants of the MCP specification and its Apps extension that the endpoint
 * needs, as @modelcontextprotocol/sdk and @modelcontextprotocol/ext-apps define them.
 * Written out because importing those packages loads their whole schema layer (zod), a
 * third of a second of every start for five values; test/mcp/protocol-constants.test.ts
 * fails when an upgrade of either package changes one.
 */
export const LATEST_PROTOCOL_VERSION = '2025-11-25';
export const SUPPORTED_PROTOCOL_VERSIONS: readonly string[] = [
  '2025-11-25',
  '2025-06-18',
  '2025-03-26',
  '2024-11-05',
  '2024-10-07',
];
/** JSON-RPC's "Internal error". */
export const INTERNAL_ERROR_CODE = -32603;
/** The MCP Apps extension, as servers announce it in `capabilities.extensions`. */
export const APPS_EXTENSION_ID = 'io.modelcontextprotocol/ui';
export const APP_RESOURCE_MIME_TYPE = 'text/html;profile=mcp-app';
