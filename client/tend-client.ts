import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.ts';

export type TendClient = Client<paths>;

/**
 * A typed client for Tend's API: every path, parameter, body and answer is checked by the
 * compiler against the contract (generated/openapi.ts), so a call the API would refuse
 * with a 400 does not compile. Only the types are shared with the server; at run time
 * this is openapi-fetch over the platform's fetch.
 */
export function createTendClient(options: {
  /** Tend's address, e.g. `http://localhost:3000`. */
  baseUrl: string;
  /** A personal API key (`tend_…`, from `tend key create` or the dashboard). */
  apiKey: string;
}): TendClient {
  return createClient<paths>({
    // The contract's paths are relative to its server, /v1.
    baseUrl: `${options.baseUrl.replace(/\/+$/, '')}/v1`,
    headers: { Authorization: `Bearer ${options.apiKey}` },
  });
}
