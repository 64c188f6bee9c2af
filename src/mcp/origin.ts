/**
 * MCP 2025-11-25, Streamable HTTP transport §Security: servers MUST validate `Origin` so a
 * web page cannot drive a local or signed-in MCP server (DNS rebinding). No `Origin` is a
 * client that is not a browser; Tend's own pages and configured origins are allowed.
 */
export function originChecker(
  publicUrl: string,
  extra: readonly string[],
): (origin?: string) => boolean {
  const allowed = new Set([new URL(publicUrl).origin, ...extra.map((o) => new URL(o).origin)]);
  return (origin) => origin === undefined || allowed.has(origin);
}
