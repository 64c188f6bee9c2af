import type { Principal } from '../auth/principal.ts';
import { requestFromArguments, type Tool, toolsFromCatalog } from '../contract/tools.ts';
import type { Contract } from '../pipeline/contract-pipeline.ts';
import type { RequestScope } from '../pipeline/request-scope.ts';
import type { ChatContract, ParentCall } from './chat-deps.ts';

/** How the journal names a change the chat made (docs/chat.md). */
export const CHAT_ACTOR = 'chat';

/**
 * The chat's view of the contract, bound late: the chat's own handlers are part of the
 * contract it runs tools through. A tool call is the HTTP request its operation describes,
 * handed to `contract.handle` as the conversation's owner — their scopes, never more —
 * under the actor `chat`, so each rule of the pipeline applies as for REST and MCP.
 */
export function bindChatContract(contractOf: () => Contract): ChatContract {
  let tools: Tool[] | undefined;
  let byName: Map<string, Tool> | undefined;
  const toolList = () => {
    tools ??= toolsFromCatalog(contractOf().catalog);
    byName ??= new Map(tools.map((tool) => [tool.definition.name, tool]));
    return { tools, byName };
  };
  return {
    about() {
      const info = contractOf().backend.definition.info as { description?: string };
      return info.description ?? '';
    },
    tools: () => toolList().tools,
    async runTool(call, principal, parent) {
      const tool = toolList().byName.get(call.name);
      if (!tool) {
        const body = { code: 'unknown_tool', detail: `There is no tool named ${call.name}.` };
        return { isError: true, content: JSON.stringify(body), body };
      }
      const { path, query, body } = requestFromArguments(tool.operation, call.arguments);
      const reply = await contractOf().handle(
        {
          method: tool.operation.method,
          path,
          query: query as Record<string, string>,
          headers: { 'content-type': 'application/json' },
          body,
        },
        scopeFor(principal, parent),
      );
      return {
        isError: reply.status >= 400,
        content: reply.body === undefined ? `Done (${reply.status}).` : JSON.stringify(reply.body),
        body: reply.body,
      };
    },
    async attach(recordId, file, principal, parent) {
      const reply = await contractOf().handle(
        {
          method: 'post',
          path: `/v1/records/${encodeURIComponent(recordId)}/attachments`,
          query: { name: file.name },
          headers: { 'content-type': 'application/octet-stream' },
          body: file.bytes,
        },
        scopeFor(principal, parent),
      );
      return reply.status === 201;
    },
  };
}

function scopeFor(principal: Principal, parent: ParentCall): RequestScope {
  return {
    requestId: parent.requestId,
    log: parent.log,
    bearer: undefined,
    actingPrincipal: { ...principal, actor: CHAT_ACTOR },
    // The message that asked for it was counted against the rate limit already.
    rateCounted: true,
    ...(parent.client && { client: parent.client }),
  };
}
