import type { IncomingMessage } from 'node:http';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestSiteServer, type TestSiteServer } from '../../tests/support/test-site-server.ts';
import { clientAddress } from './client-address.ts';
import { createRateLimiter } from './rate-limit.ts';

describe('clientAddress', () => {
  const from = (forwarded: string | undefined) =>
    ({
      headers: { 'x-forwarded-for': forwarded },
      socket: { remoteAddress: '127.0.0.1' },
    }) as unknown as IncomingMessage;

  it('takes the entry as many hops from the right as there are proxies', () => {
    expect(clientAddress(from('6.6.6.6, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientAddress(from('6.6.6.6, 203.0.113.7, 198.51.100.1'), 2)).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress(from('203.0.113.7'), 0)).toBe('127.0.0.1');
  });

  it('falls back to the socket when a trusted proxy sent no header', () => {
    expect(clientAddress(from(undefined), 1)).toBe('127.0.0.1');
  });
});

describe('the rate limit behind proxies', () => {
  let site: TestSiteServer | undefined;

  afterEach(() => site?.close());

  async function start(trustedProxyHops: number): Promise<string> {
    site = await startTestSiteServer({
      trustedProxyHops,
      rateLimiter: createRateLimiter({ max: 3, windowSeconds: 600 }),
      astroHandler: async (_req, res) => {
        res.writeHead(200);
        res.end('ok');
      },
    });
    return site.base;
  }

  /** A form post with exactly this X-Forwarded-For (node:http sends headers as given). */
  const post = (base: string, forwardedFor?: string) =>
    new Promise<number>((resolve, reject) => {
      const headers: Record<string, string> = { origin: base };
      if (forwardedFor !== undefined) headers['x-forwarded-for'] = forwardedFor;
      const req = request(new URL('/formulier/', base), { method: 'POST', headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('a=1');
    });

  it('with one proxy, a client that writes its own X-Forwarded-For still runs into the limit', async () => {
    const base = await start(1);
    // The client makes up a new address every time; the proxy appends the one it really saw.
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await post(base, `10.9.9.${i}, 203.0.113.7`));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await post(base, '10.9.9.9, 198.51.100.4')).toBe(200);
  });

  it('with two proxies (CDN and nginx), clients are told apart and cannot forge their way out', async () => {
    const base = await start(2);
    const cdn = '192.0.2.10';
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await post(base, `10.9.9.${i}, 203.0.113.7, ${cdn}`));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // Another client behind the same CDN has its own bucket.
    expect(await post(base, `198.51.100.4, ${cdn}`)).toBe(200);
  });

  it('with no proxy, X-Forwarded-For is ignored: the socket address counts', async () => {
    const base = await start(0);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push(await post(base, `203.0.113.${i}`));
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});
