import {
  APP_RESOURCE_MIME_TYPE,
  APPS_EXTENSION_ID,
  INTERNAL_ERROR_CODE,
} from '../protocol-constants.ts';
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
  extensions: { [APPS_EXTENSION_ID]: { mimeTypes: [APP_RESOURCE_MIME_TYPE] } },
};

type Method = (params: Record<string, unknown>) => Promise<unknown>;

/**
 * `resources/list` and `resources/read` for the `ui://` views, as plain JSON-RPC methods
 * (method name → params → result) for whichever dispatcher answers /mcp. `fail` makes the
 * error that dispatcher answers as a JSON-RPC error with the given code.
 */
export function viewMethods(
  fail: (code: number, message: string) => Error,
): Record<string, Method> {
  return {
    async 'resources/list'() {
      return {
        resources: VIEWS.map((view) => ({
          uri: view.uri,
          name: view.name,
          title: view.title,
          description: view.description,
          mimeType: APP_RESOURCE_MIME_TYPE,
          _meta: RESOURCE_META,
        })),
      };
    },
    async 'resources/read'(params) {
      const view = VIEWS.find((v) => v.uri === params.uri);
      // MCP 2025-11-25 resources §Error handling: an unknown URI is error -32002.
      if (!view) throw fail(RESOURCE_NOT_FOUND, `No resource ${String(params.uri)}.`);
      const html = (await viewDocuments()).get(view.uri);
      if (html === undefined) throw fail(INTERNAL_ERROR_CODE, 'The view was not built.');
      return {
        contents: [
          {
            uri: view.uri,
            mimeType: APP_RESOURCE_MIME_TYPE,
            text: html,
            _meta: { ...RESOURCE_META, 'openai/widgetDescription': view.description },
          },
        ],
      };
    },
  };
}

const RESOURCE_NOT_FOUND = -32002;
