import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  finishLogin,
  readGithubOAuth,
  startLogin,
  stateCookie,
  stateLifetimeSeconds,
  type GithubOAuthConfig,
} from './cms-oauth.ts';
import { readConfig } from './config.ts';

const secret = 'test-client-secret-3f9a7c';
const now = new Date('2026-11-27T12:00:00Z');

/** A stand-in for GitHub's token endpoint on 127.0.0.1 that records what it was sent. */
let fakeGithub: Server;
let received: { path: string; body: Record<string, string> }[] = [];
let config: GithubOAuthConfig;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
  });
}

/** GitHub's token endpoint: a token for the right secret and code, an error otherwise. */
async function answerLikeGithub(request: IncomingMessage, response: ServerResponse) {
  const body = JSON.parse(await readBody(request)) as Record<string, string>;
  received.push({ path: request.url ?? '', body });
  response.setHeader('Content-Type', 'application/json');
  if (body['client_secret'] !== secret || body['code'] !== 'good-code') {
    response.end(JSON.stringify({ error: 'bad_verification_code' }));
    return;
  }
  response.end(JSON.stringify({ access_token: 'gho_faketoken123', token_type: 'bearer' }));
}

beforeAll(async () => {
  fakeGithub = createServer((request, response) => {
    answerLikeGithub(request, response).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => fakeGithub.listen(0, '127.0.0.1', resolve));
  const { port } = fakeGithub.address() as AddressInfo;
  config = {
    clientId: 'test-client-id',
    clientSecret: secret,
    oauthBaseUrl: `http://127.0.0.1:${port}`,
    scope: 'repo',
  };
});

afterAll(() => new Promise<void>((resolve) => fakeGithub.close(() => resolve())));

beforeEach(() => {
  received = [];
});

/** Starts a login and returns the state GitHub would hand back and the cookie the browser keeps. */
function start(at = now) {
  const response = startLogin(
    new Request('https://site.test/api/cms/auth?provider=github'),
    config,
    at,
  );
  const location = new URL(response.headers.get('location') ?? '');
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = setCookie.split(';')[0] ?? '';
  return { response, location, setCookie, cookie, state: location.searchParams.get('state') ?? '' };
}

function callback(query: string, cookie: string | undefined, at = now) {
  const init = cookie ? { headers: { cookie } } : {};
  return finishLogin(new Request(`https://site.test/api/cms/callback?${query}`, init), config, at);
}

async function everything(response: Response): Promise<string> {
  return `${[...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${await response.text()}`;
}

describe('starting the GitHub login', () => {
  it('sends the editor to GitHub with the client id, scope and a random state', () => {
    const first = start();
    const second = start();
    expect(first.response.status).toBe(302);
    expect(first.location.origin + first.location.pathname).toBe(
      `${config.oauthBaseUrl}/login/oauth/authorize`,
    );
    expect(first.location.searchParams.get('client_id')).toBe('test-client-id');
    expect(first.location.searchParams.get('scope')).toBe('repo');
    expect(first.state.length).toBeGreaterThanOrEqual(32);
    expect(second.state).not.toBe(first.state);
  });

  it('keeps the pop-up linked to the CMS window (no same-origin opener policy)', () => {
    expect(start().response.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
  });

  it('keeps the state in a short-lived HttpOnly cookie that only /api/cms/ receives', () => {
    const { setCookie, state } = start();
    expect(setCookie).toMatch(new RegExp(`^${stateCookie}=${state}\\.`));
    expect(setCookie).toContain('Path=/api/cms/');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain(`Max-Age=${stateLifetimeSeconds}`);
  });

  it('never puts the client secret in the response', async () => {
    expect(await everything(start().response)).not.toContain(secret);
  });

  it('refuses other providers and says so in Dutch', async () => {
    const response = startLogin(
      new Request('https://site.test/api/cms/auth?provider=gitlab'),
      config,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('alleen inloggen met GitHub');
  });

  it('answers 503 in Dutch when GitHub login is not configured', async () => {
    const response = startLogin(new Request('https://site.test/api/cms/auth'), undefined);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('nog niet ingesteld');
  });
});

describe('finishing the GitHub login', () => {
  it('trades the code for a token and hands it to the CMS window of this origin only', async () => {
    const { state, cookie } = start();
    const response = await callback(`code=good-code&state=${state}`, cookie);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(received).toEqual([
      {
        path: '/login/oauth/access_token',
        body: { client_id: 'test-client-id', client_secret: secret, code: 'good-code' },
      },
    ]);
    expect(html).toContain(
      'authorization:github:success:{\\"token\\":\\"gho_faketoken123\\",\\"provider\\":\\"github\\"}',
    );
    expect(html).toContain("postMessage('authorizing:github', window.location.origin)");
    expect(html).toContain('event.origin !== window.location.origin');
    expect(html).not.toContain(secret);
    // The inline script runs only with the nonce of this response's policy.
    const nonce = /nonce="([^"]+)"/.exec(html)?.[1] ?? 'missing';
    expect(response.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
    // The state cookie is used up.
    expect(response.headers.get('set-cookie')).toContain(
      `${stateCookie}=; Path=/api/cms/; Max-Age=0`,
    );
  });

  it('refuses a state that differs from the one in the cookie, without asking GitHub', async () => {
    const { cookie } = start();
    const other = start();
    const response = await callback(`code=good-code&state=${other.state}`, cookie);
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(received).toEqual([]);
    expect(html).toContain('authorization:github:error:');
    expect(html).toContain('niet vanuit het beheer gestart');
    expect(html).not.toContain('gho_');
  });

  it('refuses a callback without the state cookie', async () => {
    const { state } = start();
    const response = await callback(`code=good-code&state=${state}`, undefined);
    expect(response.status).toBe(400);
    expect(received).toEqual([]);
  });

  it('refuses a cookie whose signature does not match', async () => {
    const { state, cookie } = start();
    const forged = `${cookie.slice(0, -4)}AAAA`;
    const response = await callback(`code=good-code&state=${state}`, forged);
    expect(response.status).toBe(400);
    expect(received).toEqual([]);
  });

  it('refuses a state older than its lifetime', async () => {
    const { state, cookie } = start();
    const later = new Date(now.getTime() + (stateLifetimeSeconds + 1) * 1000);
    const response = await callback(`code=good-code&state=${state}`, cookie, later);
    expect(response.status).toBe(400);
    expect(received).toEqual([]);
  });

  it('reports a code GitHub refuses in Dutch, without the secret', async () => {
    const { state, cookie } = start();
    const response = await callback(`code=stolen-code&state=${state}`, cookie);
    const body = await everything(response);
    expect(response.status).toBe(502);
    expect(body).toContain('GitHub gaf geen toegang');
    expect(body).not.toContain(secret);
  });
});

describe('reading the settings', () => {
  it('needs both the client id and the secret', () => {
    expect(readGithubOAuth(readConfig({ CMS_GITHUB_CLIENT_ID: 'id' }))).toBeUndefined();
    expect(
      readGithubOAuth(readConfig({ CMS_GITHUB_CLIENT_ID: 'id', CMS_GITHUB_CLIENT_SECRET: 's' })),
    ).toEqual({
      clientId: 'id',
      clientSecret: 's',
      oauthBaseUrl: 'https://github.com',
      scope: 'repo',
    });
    expect(
      readGithubOAuth(
        readConfig({
          CMS_GITHUB_CLIENT_ID: 'id',
          CMS_GITHUB_CLIENT_SECRET: 's',
          CMS_GITHUB_OAUTH_URL: 'https://github.example/',
        }),
      )?.oauthBaseUrl,
    ).toBe('https://github.example');
  });
});
