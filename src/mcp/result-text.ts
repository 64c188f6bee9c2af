/**
 * The text beside a tool result's `structuredContent`. ChatGPT and Claude give the model
 * `structuredContent` when a tool returns it, so the text is a one-line summary for people
 * and for hosts that show text, and the page is serialized once (README, "MCP"). OpenAI's
 * `search` and `fetch` shapes are the exception: deep research reads their JSON from the
 * text, as OpenAI documents.
 */
export function resultText(tool: string, body: Record<string, unknown>): string {
  if (tool === 'search' || tool === 'fetch') return JSON.stringify(body);
  const items = body.items;
  if (Array.isArray(items)) {
    const more = typeof body.next_cursor === 'string' ? '; more with cursor = next_cursor' : '';
    return `${items.length} ${items.length === 1 ? 'item' : 'items'}${more}. The items are in structuredContent.`;
  }
  const name = [body.title, body.name].find((v) => typeof v === 'string');
  const what = name === undefined ? 'Done' : `“${name}”`;
  const id = typeof body.id === 'string' ? ` (id ${body.id})` : '';
  return `${what}${id}. The full result is in structuredContent.`;
}
