import type { IncomingMessage } from 'node:http';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { malformedJson } from '../../src/core/problems/request.ts';
import { withApiDoor } from '../../src/http/api-door.ts';
import { clientAddress } from '../../src/http/client-address.ts';
import { type HttpHandler, localsOf } from '../../src/http/http-step.ts';

const silent = pino({ level: 'silent' });

/** What every request meets first: an id and a logger, as requestContext gives them. */
const context: HttpHandler = (_req, res, next) => {
  Object.assign(localsOf(res), { requestId: 'req-1', log: silent });
  next();
};

const answer =
  (text: string): HttpHandler =>
  (_req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(text);
  };

const pages = answer('pages');

describe('the API door', () => {
  it('takes /v1, /v1/… and /v1?… and leaves every other target to the pages', async () => {
    const entry = withApiDoor([context, answer('api')], (req, res) => pages(req, res, () => {}));
    for (const target of ['/v1', '/v1/tasks', '/v1?limit=2', '/v1/tasks?limit=2'])
      expect((await request(entry).get(target)).text, target).toBe('api');
    for (const target of ['/', '/v1x', '/v10/tasks', '/account', '/mcp'])
      expect((await request(entry).get(target)).text, target).toBe('pages');
  });

  it('runs its handlers in order, each going on with next()', async () => {
    const seen: string[] = [];
    const step =
      (name: string): HttpHandler =>
      (_req, _res, next) => {
        seen.push(name);
        next();
      };
    const entry = withApiDoor([context, step('a'), step('b'), answer('done')], () => {});
    expect((await request(entry).get('/v1/tasks')).text).toBe('done');
    expect(seen).toEqual(['a', 'b']);
  });

  it('answers a problem for next(error), a throw and a rejected handler, 500 for the unknown', async () => {
    const handed: HttpHandler = (_req, _res, next) => next(malformedJson());
    const thrown: HttpHandler = () => {
      throw new Error('a bug');
    };
    const rejected: HttpHandler = async () => {
      throw new Error('an async bug');
    };
    const problem = await request(withApiDoor([context, handed], () => {})).post('/v1/tasks');
    expect(problem.status).toBe(400);
    expect(problem.type).toBe('application/problem+json');
    expect(problem.body).toMatchObject({ code: 'malformed_json', request_id: 'req-1' });
    for (const failing of [thrown, rejected]) {
      const res = await request(withApiDoor([context, failing], () => {})).get('/v1/tasks');
      expect(res.status).toBe(500);
      expect(res.body.code).toBe('internal_error');
      expect(JSON.stringify(res.body)).not.toContain('bug');
    }
  });
});

describe('clientAddress (docs/security.md R7)', () => {
  const req = (forwardedFor?: string) =>
    ({
      socket: { remoteAddress: '10.0.0.9' },
      connection: { remoteAddress: '10.0.0.9' },
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    }) as unknown as IncomingMessage;

  it('believes no proxy unless told: the socket is the client', () => {
    expect(clientAddress(0)(req('203.0.113.7'))).toBe('10.0.0.9');
  });

  it('takes the address as many trusted proxies back as TRUST_PROXY says, never further', () => {
    expect(clientAddress(1)(req('198.51.100.1, 203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddress(2)(req('198.51.100.1, 203.0.113.7'))).toBe('198.51.100.1');
    expect(clientAddress(5)(req('203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddress(1)(req())).toBe('10.0.0.9');
  });
});
