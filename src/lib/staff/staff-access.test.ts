import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueState } from '../cms-oauth.ts';
import {
  finishGitlabStaffLogin,
  finishStaffLogin,
  isGitlabReturn,
  isStaffCallback,
  issueSession,
  readStaffAccess,
  refusal,
  sessionValid,
  staffAccessOf,
  staffStateCookie,
  startStaffLogin,
} from './staff-access.ts';
import { pkceVerifier } from './staff-gitlab.ts';
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

describe('the staff login with GitLab, when the CMS edits there', () => {
  const gitlabConfig = readStaffAccess(
    readConfig({
      PUBLIC_CMS_BACKEND: 'gitlab',
      PUBLIC_CMS_REPO: 'regio/werkgevers',
      PUBLIC_CMS_APP_ID: 'gitlab-app',
      PUBLIC_CMS_BASE_URL: 'https://gitlab.example/',
      // A GitHub app set as well: with the CMS on GitLab, staff never log in through it.
      CMS_GITHUB_CLIENT_ID: 'id',
      CMS_GITHUB_CLIENT_SECRET: 'client-secret',
    }),
  );
  const back = { secret, redirectUri: 'https://site.example/beheer/inloggen/' };

  /** Starts a login and gives the state GitLab would hand back, with the cookie the browser keeps. */
  function started() {
    const start = startStaffLogin(gitlabConfig, now, back);
    const location = new URL(start.headers.get('location') ?? '');
    const cookie = /^beheer_oauth_state=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1];
    return {
      start,
      location,
      state: location.searchParams.get('state') ?? '',
      cookie: cookie ?? '',
    };
  }

  const returned = (state: string, cookie: string, code = 'abc') =>
    new Request(`https://site.example/beheer/inloggen/?code=${code}&state=${state}`, {
      headers: { cookie: `${staffStateCookie}=${cookie}` },
    });

  /** A GitLab that hands out a token for the right verifier, and the user's role on the project. */
  function gitlab(challenge: string, accessLevels: { project?: number; group?: number }) {
    const calls: string[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      calls.push(url);
      if (url === 'https://gitlab.example/oauth/token') {
        const body = JSON.parse(init?.body as string) as Record<string, string>;
        const hashed = createHash('sha256')
          .update(body['code_verifier'] ?? '')
          .digest('base64url');
        if (hashed !== challenge || body['redirect_uri'] !== back.redirectUri) {
          return Response.json({ error: 'invalid_grant' }, { status: 400 });
        }
        return Response.json({ access_token: 'glpat-geheim', token_type: 'Bearer' });
      }
      if (url === 'https://gitlab.example/api/v4/projects/regio%2Fwerkgevers') {
        const header = new Headers(init?.headers).get('authorization');
        if (header !== 'Bearer glpat-geheim') return new Response('', { status: 401 });
        const level = (value?: number) => (value === undefined ? null : { access_level: value });
        return Response.json({
          permissions: {
            project_access: level(accessLevels.project),
            group_access: level(accessLevels.group),
          },
        });
      }
      return new Response('Not Found', { status: 404 });
    };
    return { fetchImpl, calls };
  }

  it('reads the GitLab host, application and API from the CMS settings', () => {
    expect(gitlabConfig.oauth).toBeUndefined();
    expect(gitlabConfig.gitlab).toEqual({
      appId: 'gitlab-app',
      baseUrl: 'https://gitlab.example',
      apiRoot: 'https://gitlab.example/api/v4',
    });
    // Without its application id there is no GitLab login: browsers get the 401.
    const none = readStaffAccess(
      readConfig({ PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_REPO: 'regio/werkgevers' }),
    );
    expect(none.gitlab).toBeUndefined();
    expect(refusal(request({ accept: 'text/html' }), none).status).toBe(401);
    expect(refusal(request({ accept: 'text/html' }), gitlabConfig).status).toBe(303);
  });

  it('goes to GitLab with PKCE and a state cookie for /beheer/inloggen/ only', () => {
    const { start, location } = started();
    expect(start.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe('https://gitlab.example/oauth/authorize');
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: 'gitlab-app',
      redirect_uri: back.redirectUri,
      response_type: 'code',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(start.headers.get('set-cookie')).toMatch(
      /^beheer_oauth_state=[^;]+; Path=\/beheer\/inloggen\/; Max-Age=600; HttpOnly; Secure; SameSite=Lax$/,
    );
    // Nothing secret in the address: the verifier stays on the server.
    expect(location.href).not.toContain(pkceVerifier(secret, location.searchParams.get('state')!));
  });

  it('gives a Developer on the project a session for /beheer/ only, and keeps no token', async () => {
    const { location, state, cookie } = started();
    const challenge = location.searchParams.get('code_challenge') ?? '';
    expect(isGitlabReturn(returned(state, cookie), gitlabConfig)).toBe(true);
    const { fetchImpl } = gitlab(challenge, { project: 30 });
    const response = await finishGitlabStaffLogin(
      returned(state, cookie),
      gitlabConfig,
      back,
      now,
      fetchImpl,
    );
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies[0]).toMatch(/^beheer_oauth_state=; Path=\/beheer\/inloggen\/; Max-Age=0/);
    const session = /^beheer_sessie=([^;]+); Path=\/beheer\/;/.exec(cookies[1] ?? '')?.[1];
    expect(sessionValid(session, secret, now)).toBe(true);
    expect(`${cookies.join('\n')}${await response.text()}`).not.toContain('glpat-geheim');
  });

  it('counts a Developer role through the group, as the CMS does', async () => {
    const { location, state, cookie } = started();
    const challenge = location.searchParams.get('code_challenge') ?? '';
    const { fetchImpl } = gitlab(challenge, { project: 20, group: 40 });
    const response = await finishGitlabStaffLogin(
      returned(state, cookie),
      gitlabConfig,
      back,
      now,
      fetchImpl,
    );
    expect(response.status).toBe(200);
  });

  it('sets no session for a Reporter, or a user without a role on the project', async () => {
    for (const levels of [{ project: 20 }, {}]) {
      const { location, state, cookie } = started();
      const challenge = location.searchParams.get('code_challenge') ?? '';
      const { fetchImpl } = gitlab(challenge, levels);
      const response = await finishGitlabStaffLogin(
        returned(state, cookie),
        gitlabConfig,
        back,
        now,
        fetchImpl,
      );
      expect(response.status, JSON.stringify(levels)).toBe(403);
      expect(await response.text()).toContain('Dit account heeft geen toegang tot de site');
      expect(response.headers.getSetCookie().join('\n')).not.toContain('beheer_sessie=');
    }
  });

  it('refuses a return with another state, or after ten minutes, without asking GitLab', async () => {
    const { location, state, cookie } = started();
    const challenge = location.searchParams.get('code_challenge') ?? '';
    const { fetchImpl, calls } = gitlab(challenge, { project: 40 });
    const forged = await finishGitlabStaffLogin(
      returned('vervalst', cookie),
      gitlabConfig,
      back,
      now,
      fetchImpl,
    );
    expect(forged.status).toBe(400);
    const late = await finishGitlabStaffLogin(
      returned(state, cookie),
      gitlabConfig,
      back,
      new Date(now.getTime() + 11 * 60_000),
      fetchImpl,
    );
    expect(late.status).toBe(400);
    expect(calls).toEqual([]);
    expect(forged.headers.getSetCookie().join('\n')).not.toContain('beheer_sessie=');
  });

  it('sets no session when GitLab refuses the code (another verifier, say)', async () => {
    const { state, cookie } = started();
    const challenge = 'een-andere-challenge';
    const { fetchImpl } = gitlab(challenge, { project: 40 });
    const response = await finishGitlabStaffLogin(
      returned(state, cookie),
      gitlabConfig,
      back,
      now,
      fetchImpl,
    );
    expect(response.status).toBe(502);
    expect(response.headers.getSetCookie().join('\n')).not.toContain('beheer_sessie=');
  });

  it('lets in a session it signed, as with GitHub', () => {
    const cookie = `beheer_sessie=${issueSession(secret, now)}`;
    expect(staffAccessOf(request({ cookie }), gitlabConfig, secret, now)).toBe('session');
  });
});
