import { EXTENSION_ID, RESOURCE_MIME_TYPE } from '@modelcontextprotocol/ext-apps/server';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  ErrorCode,
  ListResourcesRequestSchema,
  McpError,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { viewDocuments } from './bundle.ts';
import { VIEWS } from './catalog.ts';

/**
 * What the views need from a host: nothing from outside Tend. Empty domain lists make the
 * host's CSP allow only the document's own inline script and styles (MCP Apps §UI Resource
 * Format, `_meta.ui.csp`); ChatGPT reads the same under `openai/widgetCSP`.
 */
const RESOURCE_META = {
  ui: { csp: { connectDomains: [], resourceDomains: [] }, prefersBorder: true },
  'openai/widgetCSP': { connect_domains: [], resource_domains: [] },
};

/**
 * The server capabilities the views add: resources, and the MCP Apps extension under
 * `extensions` with the MIME type Tend serves (the extension's capability negotiation).
 */
export const VIEW_CAPABILITIES = {
  resources: { listChanged: false },
  extensions: { [EXTENSION_ID]: { mimeTypes: [RESOURCE_MIME_TYPE] } },
};

/** `resources/list` and `resources/read` for the `ui://` views. */
export function registerViewResources(server: Server): void {
  server.setRequestHandler(ListResourcesRequestSchema, async () => ({
    resources: VIEWS.map((view) => ({
      uri: view.uri,
      name: view.name,
      title: view.title,
      description: view.description,
      mimeType: RESOURCE_MIME_TYPE,
      _meta: RESOURCE_META,
    })),
  }));
  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    const view = VIEWS.find((v) => v.uri === request.params.uri);
    // MCP 2025-11-25 resources: an unknown URI is error -32002.
    if (!view) throw new McpError(-32002, 'Resource not found', { uri: request.params.uri });
    const html = (await viewDocuments()).get(view.uri);
    if (html === undefined) throw new McpError(ErrorCode.InternalError, 'The view was not built.');
    return {
      contents: [
        {
          uri: view.uri,
          mimeType: RESOURCE_MIME_TYPE,
          text: html,
          _meta: { ...RESOURCE_META, 'openai/widgetDescription': view.description },
        },
      ],
    };
  });
}
