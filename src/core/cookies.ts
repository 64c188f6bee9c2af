import type { Request, Response } from 'express';

export function readCookie(req: Request, name: string): string | undefined {
  return cookieFromHeader(req.get('cookie'), name);
}

/** One cookie from a raw `Cookie` header, for callers that have no express Request. */
export function cookieFromHeader(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** HttpOnly and SameSite=Lax always; Secure whenever Tend is served over https. */
export function setCookie(
  res: Response,
  name: string,
  value: string,
  options: { secure: boolean; maxAgeS?: number; path?: string },
): void {
  const parts = [`${name}=${value}`, `Path=${options.path ?? '/'}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.secure) parts.push('Secure');
  if (options.maxAgeS !== undefined) parts.push(`Max-Age=${options.maxAgeS}`);
  res.append('Set-Cookie', parts.join('; '));
}
