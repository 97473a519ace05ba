import { describe, expect, it } from 'vitest';
import { issueState } from '../cms-oauth.ts';
import {
  finishStaffLogin,
  isStaffCallback,
  issueSession,
  readStaffAccess,
  refusal,
  sessionValid,
  staffAccessOf,
  staffStateCookie,
  startStaffLogin,
} from './staff-access.ts';
import { readConfig } from '../config.ts';

const now = new Date('2026-11-27T11:00:00Z');
const secret = 'sessie-sleutel';
const config = readStaffAccess(
  readConfig({
    STAFF_RESULTS_TOKEN: 'script-token-of-24-chars-or-more',
    CMS_GITHUB_CLIENT_ID: 'id',
    CMS_GITHUB_CLIENT_SECRET: 'client-secret',
    CMS_GITHUB_OAUTH_URL: 'https://github.example',
    PUBLIC_CMS_REPO: 'regio/werkgevers',
    PUBLIC_CMS_API_ROOT: 'https://github.example/api/v3',
  }),
);
const request = (
  headers: Record<string, string> = {},
  url = 'https://site.example/beheer/resultaten/',
) => new Request(url, { headers });

describe('access to the staff view', () => {
  it('lets in a script with the token, and no one with another or none', () => {
    expect(
      staffAccessOf(
        request({ authorization: 'Bearer script-token-of-24-chars-or-more' }),
        config,
        secret,
        now,
      ),
    ).toBe('token');
    expect(
      staffAccessOf(
        request({ authorization: 'Bearer script-token-of-24-chars-or-morE' }),
        config,
        secret,
        now,
      ),
    ).toBeUndefined();
    expect(staffAccessOf(request(), config, secret, now)).toBeUndefined();
  });

  it('refuses a token too short to be a lock, naming the variable', () => {
    expect(() => readConfig({ STAFF_RESULTS_TOKEN: 'kort' })).toThrow(/STAFF_RESULTS_TOKEN/);
  });

  it('lets in a session it signed, until it ends', () => {
    const cookie = `beheer_sessie=${issueSession(secret, now)}`;
    expect(staffAccessOf(request({ cookie }), config, secret, now)).toBe('session');
    const later = new Date(now.getTime() + 9 * 3600_000);
    expect(staffAccessOf(request({ cookie }), config, secret, later)).toBeUndefined();
    expect(staffAccessOf(request({ cookie }), config, 'andere-sleutel', now)).toBeUndefined();
    const [id, expires] = issueSession(secret, now).split('.');
    expect(sessionValid(`${id}.${Number(expires) + 1e9}.vervalst`, secret, now)).toBe(false);
  });

  it('sends a browser to the login and answers anything else with 401, without the page', async () => {
    const browser = refusal(request({ accept: 'text/html' }), config);
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/beheer/inloggen/');
    const script = refusal(request({ accept: '*/*' }), config);
    expect(script.status).toBe(401);
    expect(script.headers.get('www-authenticate')).toBe('Bearer realm="beheer"');
    expect(await script.text()).not.toMatch(/<table|Aantal|Resultaten/);
    // Without a login set up, a browser gets the 401 too.
    expect(refusal(request({ accept: 'text/html' }), readStaffAccess(readConfig({}))).status).toBe(
      401,
    );
  });
});

describe('the staff login', () => {
  it('keeps its state in its own cookie for the callback and goes to GitHub', () => {
    const response = startStaffLogin(config, now);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(
      /^https:\/\/github\.example\/login\/oauth\/authorize\?client_id=id/,
    );
    expect(response.headers.get('set-cookie')).toMatch(
      /^beheer_oauth_state=[^;]+; Path=\/api\/cms\/; Max-Age=600; HttpOnly; Secure; SameSite=Lax$/,
    );
    expect(startStaffLogin(readStaffAccess(readConfig({})), now).status).toBe(503);
  });

  const callback = (state: string, cookie: string) =>
    new Request(`https://site.example/api/cms/callback?code=abc&state=${state}`, {
      headers: { cookie: `${staffStateCookie}=${cookie}` },
    });

  it('tells its callback from the CMS login by the state in its cookie', () => {
    const { state, cookie } = issueState('client-secret', now);
    expect(isStaffCallback(callback(state, cookie), config, now)).toBe(true);
    expect(isStaffCallback(callback('anders', cookie), config, now)).toBe(false);
    expect(
      isStaffCallback(
        new Request(`https://site.example/api/cms/callback?state=${state}`),
        config,
        now,
      ),
    ).toBe(false);
  });

  /** A GitHub that hands out a token and says whether its user may push to the repository. */
  const github =
    (push: boolean): typeof fetch =>
    async (input) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url.endsWith('/login/oauth/access_token'))
        return Response.json({ access_token: 'gho_x' });
      if (url === 'https://github.example/api/v3/repos/regio/werkgevers') {
        return Response.json({ permissions: { push } });
      }
      return new Response('Not Found', { status: 404 });
    };

  it('gives a user who may write to the repository a session for /beheer/ only', async () => {
    const { state, cookie } = issueState('client-secret', now);
    const response = await finishStaffLogin(
      callback(state, cookie),
      config,
      secret,
      now,
      github(true),
    );
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies[0]).toMatch(/^beheer_oauth_state=; Path=\/api\/cms\/; Max-Age=0/);
    expect(cookies[1]).toMatch(
      /^beheer_sessie=[^;]+; Path=\/beheer\/; Max-Age=28800; HttpOnly; SameSite=Strict; Secure$/,
    );
    const session = /^beheer_sessie=([^;]+)/.exec(cookies[1] ?? '')?.[1];
    expect(sessionValid(session, secret, now)).toBe(true);
    expect(await response.text()).not.toContain('gho_x');
  });

  it('sets no session for a user without access to the repository', async () => {
    const { state, cookie } = issueState('client-secret', now);
    const response = await finishStaffLogin(
      callback(state, cookie),
      config,
      secret,
      now,
      github(false),
    );
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().join('\n')).not.toContain('beheer_sessie=');
  });

  it('leaves Secure off over plain http (a local test server), and on behind an https proxy', async () => {
    const { state, cookie } = issueState('client-secret', now);
    const plain = new Request(`http://127.0.0.1/api/cms/callback?code=abc&state=${state}`, {
      headers: { cookie: `${staffStateCookie}=${cookie}` },
    });
    const response = await finishStaffLogin(plain, config, secret, now, github(true));
    expect(response.headers.getSetCookie()[1]).toMatch(/SameSite=Strict$/);
    const again = issueState('client-secret', now);
    const proxied = new Request(`http://127.0.0.1/api/cms/callback?code=abc&state=${again.state}`, {
      headers: { cookie: `${staffStateCookie}=${again.cookie}`, 'x-forwarded-proto': 'https' },
    });
    const behindProxy = await finishStaffLogin(proxied, config, secret, now, github(true));
    expect(behindProxy.headers.getSetCookie()[1]).toMatch(/SameSite=Strict; Secure$/);
  });
});
