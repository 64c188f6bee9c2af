import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** GET without a body unless given (the MCP run POSTs one JSON-RPC request). */
  method?: 'GET' | 'POST';
  body?: string;
  /** A request builder per request (autocannon's setupRequest), e.g. for unique bodies. */
  setupRequest?: autocannon.Request['setupRequest'];
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
}

/** The run in progress, so Ctrl-C can stop it instead of waiting it out. */
let current: autocannon.Instance | undefined;

export function stopLoad(): void {
  current?.stop();
}

/** One autocannon run; any non-2xx answer, error or timeout fails the bench. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    current = autocannon(
      {
        url: options.url,
        headers: options.headers,
        method: options.method ?? 'GET',
        ...(options.body !== undefined && { body: options.body }),
        ...(options.setupRequest !== undefined && {
          requests: [{ setupRequest: options.setupRequest }],
        }),
        connections: options.connections,
        duration: options.durationSeconds,
      },
      (error, result) => {
        current = undefined;
        if (error) return reject(error);
        const failed = result.non2xx + result.errors + result.timeouts;
        if (failed > 0 || result['2xx'] === 0) {
          return reject(
            new Error(
              `${options.url}: ${result['2xx']} 2xx, ${result.non2xx} non-2xx ` +
                `(${JSON.stringify(result.statusCodeStats ?? {})}), ${result.errors} errors, ` +
                `${result.timeouts} timeouts`,
            ),
          );
        }
        resolve({
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          total: result.requests.total,
        });
      },
    );
  });
}
