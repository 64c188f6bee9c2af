import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Data a page hands the browser and takes back in a later form, unchanged: signed with
 * the server's secret and bound to one purpose and one session, with a time limit. A
 * preview's rows come back exactly as they were shown, or not at all.
 */
export function createFormSeal(secret: string, now: () => Date) {
  const sign = (purpose: string, bound: string, body: string) =>
    createHmac('sha256', secret).update(`seal|${purpose}|${bound}|${body}`).digest('base64url');
  return {
    seal(purpose: string, bound: string, data: unknown): string {
      const body = Buffer.from(JSON.stringify([now().getTime(), data])).toString('base64url');
      return `${body}.${sign(purpose, bound, body)}`;
    },
    /** The data, or undefined when the seal was altered, is another's, or is older than maxAgeMs. */
    open(purpose: string, bound: string, sealed: string, maxAgeMs: number): unknown {
      const [body, mac, extra] = sealed.split('.');
      if (!body || !mac || extra !== undefined) return undefined;
      const want = Buffer.from(sign(purpose, bound, body));
      const got = Buffer.from(mac);
      if (got.length !== want.length || !timingSafeEqual(got, want)) return undefined;
      const [at, data] = JSON.parse(Buffer.from(body, 'base64url').toString()) as [number, unknown];
      return now().getTime() - at <= maxAgeMs ? data : undefined;
    },
  };
}

export type FormSeal = ReturnType<typeof createFormSeal>;
