/// <reference lib="dom" />
import {
  App,
  applyDocumentTheme,
  applyHostFonts,
  applyHostStyleVariables,
  type McpUiHostContext,
  PostMessageTransport,
} from '@modelcontextprotocol/ext-apps/app-with-deps';
import './style.css';

type Json = Record<string, unknown>;

/** What a view is given to draw with: the host, and a way to call Tend's tools back. */
export interface ViewHost {
  /** The tool whose result this is, when the host says (host context `toolInfo`). */
  toolName: string | undefined;
  /** The arguments the tool was called with, once the host has sent them. */
  args: Json;
  /** Calls a Tend tool through the host (which sends it to /mcp under the same token). */
  call<T = Json>(name: string, args: Json): Promise<T>;
  locale: string | undefined;
}

/** A tool answered with a problem: its `detail` (or text) is what a person can read. */
export class ToolProblem extends Error {}

/**
 * Connects the view to its host (MCP Apps `ui/initialize` over postMessage), follows the
 * host's theme, and draws each tool result it is sent.
 */
export function startView(
  name: string,
  draw: (data: Json, host: ViewHost) => void | Promise<void>,
) {
  const root = document.getElementById('view') as HTMLElement;
  const app = new App({ name: `tend-${name}`, version: '0.1.0' }, {}, { autoResize: true });
  const host: ViewHost = {
    toolName: undefined,
    args: {},
    locale: undefined,
    async call<T>(tool: string, args: Json) {
      const result = await app.callServerTool({ name: tool, arguments: args });
      if (result.isError) throw new ToolProblem(problemText(result.content));
      return (result.structuredContent ?? parseText(result.content)) as T;
    },
  };
  const follow = (context: McpUiHostContext | undefined) => {
    if (!context) return;
    if (context.theme) applyDocumentTheme(context.theme);
    if (context.styles?.variables) applyHostStyleVariables(context.styles.variables);
    if (context.styles?.css?.fonts) applyHostFonts(context.styles.css.fonts);
    if (context.locale) host.locale = context.locale;
    if (context.toolInfo?.tool.name) host.toolName = context.toolInfo.tool.name;
  };
  // Handlers first: the host may send the input and result right after the handshake.
  app.ontoolinput = (params) => {
    host.args = (params.arguments ?? {}) as Json;
  };
  app.ontoolresult = (result) => {
    if (result.isError) {
      showMessage(root, problemText(result.content), 'problem');
      return;
    }
    const data = (result.structuredContent ?? parseText(result.content)) as Json | undefined;
    if (!data) {
      showMessage(root, 'Nothing to show.');
      return;
    }
    Promise.resolve(draw(data, host)).catch((error: unknown) => {
      showMessage(root, error instanceof Error ? error.message : String(error), 'problem');
    });
  };
  app.ontoolcancelled = () => showMessage(root, 'The request was cancelled.');
  app.onhostcontextchanged = follow;
  app
    .connect(new PostMessageTransport(window.parent, window.parent))
    .then(() => follow(app.getHostContext()))
    .catch(() => showMessage(root, 'This view needs an assistant that shows MCP Apps.'));
}

function showMessage(root: HTMLElement, text: string, kind: 'muted' | 'problem' = 'muted') {
  const p = document.createElement('p');
  p.className = kind;
  p.textContent = text;
  root.replaceChildren(p);
}

type Content = { type: string; text?: string }[] | undefined;

function parseText(content: Content): Json | undefined {
  const text = content?.find((c) => c.type === 'text')?.text;
  if (!text) return undefined;
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Problems a person meets in a view, said in plain words; others by their `detail`. */
const PLAIN: Record<string, string> = {
  insufficient_scope:
    'Tend has not allowed this app to make this change. Connect Tend again and allow changes.',
  unauthorized: 'The connection to Tend has ended. Connect Tend again.',
  not_found: 'This is no longer in Tend. It may have been deleted.',
};

function problemText(content: Content): string {
  const problem = parseText(content);
  const plain = typeof problem?.code === 'string' ? PLAIN[problem.code] : undefined;
  if (plain) return plain;
  if (problem && typeof problem.detail === 'string') return problem.detail;
  return content?.find((c) => c.type === 'text')?.text ?? 'Something went wrong.';
}
