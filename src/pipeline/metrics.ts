import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/connect.ts';

/**
 * What Tend counts for Prometheus (`GET /metrics`). Each app has a registry of its own,
 * never prom-client's global one: tests build many apps in one process, and two apps'
 * series must not mix. Labels take only bounded values (operationIds, route patterns,
 * tool names, limit kinds), so the number of series cannot grow with the traffic.
 */
export interface Metrics {
  registry: Registry;
  /** One finished HTTP request: its operationId or route pattern, its status, its time. */
  request(operation: string, status: number, seconds: number): void;
  /** One MCP tool call; `error` when it answered a problem or failed. */
  toolCall(tool: string, outcome: 'ok' | 'error'): void;
  /** A request refused by a rate limit, by the limit's kind (api_key, oauth, ip, failed_auth). */
  rateLimited(limit: string): void;
}

/** Seconds: most API calls answer in milliseconds; the top buckets catch a slow database. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The parts of knex's tarn pool read here (PGlite's knex client has one of one connection). */
interface PoolCounts {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

export function createMetrics(db: Db): Metrics {
  const registry = new Registry();
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by operation and status.',
    labelNames: ['operation', 'status'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const tools = new Counter({
    name: 'tend_mcp_tool_calls_total',
    help: 'MCP tool calls, by tool and outcome (ok or error).',
    labelNames: ['tool', 'outcome'],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'tend_rate_limit_rejections_total',
    help: 'Requests answered 429 by a rate limit, by the kind of limit.',
    labelNames: ['limit'],
    registers: [registry],
  });
  // Read when scraped: the pool is knex's, and knex may replace it (after destroy/initialize).
  const pool = () => (db.client as { pool?: PoolCounts }).pool;
  const poolGauge = (name: string, help: string, read: (p: PoolCounts) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const p = pool();
        this.set(p ? read(p) : 0);
      },
    });
  poolGauge('tend_db_pool_in_use', 'Database connections lent to a query now.', (p) => p.numUsed());
  poolGauge('tend_db_pool_idle', 'Database connections open and free.', (p) => p.numFree());
  poolGauge(
    'tend_db_pool_waiting',
    'Queries waiting for a database connection: above zero for long, the pool is too small.',
    (p) => p.numPendingAcquires(),
  );
  let processMetrics = false;
  return {
    get registry() {
      // Process metrics start with the first scrape: an app nobody scrapes (most tests)
      // never sets up their event-loop monitor.
      if (!processMetrics) {
        processMetrics = true;
        collectDefaultMetrics({ register: registry });
      }
      return registry;
    },
    request(operation, status, seconds) {
      duration.observe({ operation, status: String(status) }, seconds);
    },
    toolCall(tool, outcome) {
      tools.inc({ tool, outcome });
    },
    rateLimited(limit) {
      refusals.inc({ limit });
    },
  };
}
