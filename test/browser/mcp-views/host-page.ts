/// <reference lib="dom" />
import {
  AppBridge,
  type McpUiResourceCsp,
  PostMessageTransport,
} from '@modelcontextprotocol/ext-apps/app-bridge';

/**
 * The host side of MCP Apps, as a chat client has it: the view runs in a sandboxed iframe
 * (scripts only, an opaque origin) under the CSP the view declared, and talks to this page
 * through the extension's AppBridge. Tool calls from the view go to the test, which sends
 * them to Tend's /mcp with the connection's own token, as a real host proxies them.
 */
export interface OpenViewInput {
  html: string;
  csp: McpUiResourceCsp;
  tool: { name: string; inputSchema: { type: 'object' } };
  args: Record<string, unknown>;
  result: Record<string, unknown>;
  theme: 'light' | 'dark';
}

declare global {
  interface Window {
    tendForwardToolCall(params: unknown): Promise<Record<string, unknown>>;
    tendOpenView(input: OpenViewInput): Promise<void>;
  }
}

window.tendOpenView = async ({ html, csp, tool, args, result, theme }) => {
  document.documentElement.dataset.theme = theme;
  const iframe = document.createElement('iframe');
  iframe.id = 'view';
  iframe.title = tool.name;
  iframe.setAttribute('sandbox', 'allow-scripts');
  document.getElementById('slot')?.append(iframe);
  const bridge = new AppBridge(
    null,
    { name: 'tend-test-host', version: '1.0.0' },
    { serverTools: {}, openLinks: {}, logging: {}, sandbox: { csp } },
    {
      hostContext: {
        theme,
        locale: 'en-GB',
        timeZone: 'Europe/Berlin',
        platform: 'web',
        displayMode: 'inline',
        toolInfo: { tool },
      },
    },
  );
  bridge.oncalltool = async (params) => window.tendForwardToolCall(params) as never;
  bridge.addEventListener('sizechange', ({ height }) => {
    if (height) iframe.style.height = `${height}px`;
  });
  bridge.addEventListener('initialized', async () => {
    await bridge.sendToolInput({ arguments: args });
    await bridge.sendToolResult(result as never);
    document.body.dataset.sent = 'result';
  });
  const target = iframe.contentWindow as Window;
  await bridge.connect(new PostMessageTransport(target, target));
  iframe.srcdoc = withCsp(html, csp);
};

/** The policy a host builds from `_meta.ui.csp`: nothing beyond the declared domains. */
function withCsp(html: string, csp: McpUiResourceCsp): string {
  const resources = (csp.resourceDomains ?? []).join(' ');
  const connect = csp.connectDomains?.length ? csp.connectDomains.join(' ') : "'none'";
  const policy = [
    "default-src 'none'",
    `script-src 'unsafe-inline' ${resources}`,
    `style-src 'unsafe-inline' ${resources}`,
    `img-src data: ${resources}`,
    `font-src data: ${resources}`,
    `connect-src ${connect}`,
    "frame-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  return html.replace(
    '<head>',
    `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`,
  );
}
