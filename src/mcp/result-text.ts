/**
 * The text beside a tool result's `structuredContent`. ChatGPT and Claude give the model
 * `structuredContent` when a tool returns it, so the text is a one-line summary for people
 * and for hosts that show text, and the page is serialized once (README, "MCP"). OpenAI's
 * `search` and `fetch` are the exception: deep research and company knowledge read the
 * JSON OpenAI documents from the text — `{"results":[{id,title,url}]}` for search (ids and
 * titles only, not the page again) and the document itself for fetch.
 */
export function resultText(tool: string, body: Record<string, unknown>): string {
  if (tool === 'fetch') return JSON.stringify(body);
  if (tool === 'search' && Array.isArray(body.items)) {
    const results = (body.items as Record<string, unknown>[]).map(({ id, title, url }) => ({
      id,
      title,
      url,
    }));
    return JSON.stringify({ results });
  }
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
