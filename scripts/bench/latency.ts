import { median } from './report.ts';

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface Latency {
  p50: number;
  p95: number;
  n: number;
}

export function summarizeLatency(samples: readonly number[]): Latency {
  return { p50: median(samples), p95: percentile(samples, 95), n: samples.length };
}

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/**
 * Times one request end to end (send, the server's work, the whole body read) over a
 * kept-alive connection; anything but the expected status fails the bench.
 */
export async function timeRequest(
  baseUrl: string,
  headers: Record<string, string>,
  request: BenchRequest,
  expectStatus: number,
): Promise<number> {
  const started = performance.now();
  const response = await fetch(baseUrl + request.path, {
    method: request.method,
    headers:
      request.body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (response.status !== expectStatus) {
    throw new Error(
      `${request.method} ${request.path} answered ${response.status}: ${text.slice(0, 300)}`,
    );
  }
  return ms;
}
