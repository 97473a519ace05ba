/**
 * Who may see /beheer/: campaign staff logged in with the CMS's own login, or a script with the
 * bearer token from STAFF_RESULTS_TOKEN. The login is the Git host the CMS edits on:
 * - GitHub: the CMS's OAuth app and callback (src/lib/cms-oauth.ts); a staff login is told apart
 *   by its own state cookie. GitHub is asked whether this user may push to the repository.
 * - GitLab: the CMS's GitLab application with PKCE, back to /beheer/inloggen/ (staff-gitlab.ts).
 *   GitLab is asked whether this user is at least Developer on the project.
 * Only then a session cookie is set, signed, for /beheer/ only (HttpOnly, SameSite=Strict, Secure
 * over https). The host's token itself is not kept. Public pages never set a cookie.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  authorizeUrl,
  exchangeCode,
  issueState,
  readCookie,
  readGithubOAuth,
  stateLifetimeSeconds,
  stateMatches,
  type GithubOAuthConfig,
} from '../cms-oauth.ts';
import type { SiteConfig } from '../config.ts';
import { isAuthorised } from '../registrations/export.ts';
import {
  exchangeGitlabCode,
  gitlabAuthorizeUrl,
  mayPushToProject,
  pkceVerifier,
  type GitlabStaffLogin,
} from './staff-gitlab.ts';

export interface StaffAccessConfig {
  /** The bearer token for scripts; without it, no script gets in. */
  token?: string | undefined;
  /** The CMS's GitHub login, when the CMS edits on GitHub (or locally). */
  oauth?: GithubOAuthConfig | undefined;
  /** The CMS's GitLab application, when the CMS edits on GitLab; then `oauth` is not used. */
  gitlab?: GitlabStaffLogin | undefined;
  /** `owner/name` of the site's repository, and GitHub's REST API root. */
  repo?: string | undefined;
  apiRoot: string;
}

export const sessionCookie = 'beheer_sessie';
export const staffStateCookie = 'beheer_oauth_state';
export const loginPath = '/beheer/inloggen/';
export const resultsPath = '/beheer/resultaten/';
/** A working day; then log in again. */
export const sessionSeconds = 8 * 3600;

type StaffVariables =
  | 'STAFF_RESULTS_TOKEN'
  | 'CMS_GITHUB_CLIENT_ID'
  | 'CMS_GITHUB_CLIENT_SECRET'
  | 'CMS_GITHUB_OAUTH_URL'
  | 'CMS_GITHUB_SCOPE'
  | 'PUBLIC_CMS_REPO'
  | 'PUBLIC_CMS_API_ROOT'
  | 'PUBLIC_CMS_BACKEND'
  | 'PUBLIC_CMS_BASE_URL'
  | 'PUBLIC_CMS_APP_ID';

/** The settings from the checked config (src/lib/config.ts refuses a token under 24 characters). */
export function readStaffAccess(config: Pick<SiteConfig, StaffVariables>): StaffAccessConfig {
  const repo = config.PUBLIC_CMS_REPO?.trim() || undefined;
  const apiRoot = config.PUBLIC_CMS_API_ROOT?.replace(/\/+$/, '');
  if (config.PUBLIC_CMS_BACKEND.trim() === 'gitlab') {
    // The same host, application and API as the CMS's (admin/backend.ts).
    const baseUrl = (config.PUBLIC_CMS_BASE_URL ?? 'https://gitlab.com').replace(/\/+$/, '');
    const appId = config.PUBLIC_CMS_APP_ID?.trim();
    return {
      token: config.STAFF_RESULTS_TOKEN,
      gitlab: appId ? { appId, baseUrl, apiRoot: apiRoot ?? `${baseUrl}/api/v4` } : undefined,
      repo,
      apiRoot: apiRoot ?? `${baseUrl}/api/v4`,
    };
  }
  return {
    token: config.STAFF_RESULTS_TOKEN,
    oauth: readGithubOAuth(config),
    repo,
    apiRoot: apiRoot ?? 'https://api.github.com',
  };
}

/** Whether browsers can log in at all: a Git host login is set up. */
const hasLogin = (config: StaffAccessConfig) =>
  config.oauth !== undefined || config.gitlab !== undefined;

function sign(value: string, secret: string): string {
  return createHmac('sha256', secret).update(`beheer-sessie:${value}`).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether the answer goes over https (directly, or as the proxy in front says). */
function overHttps(request: Request): boolean {
  return (
    new URL(request.url).protocol === 'https:' ||
    request.headers.get('x-forwarded-proto') === 'https'
  );
}

/** A signed session: a random id and when it ends; nothing about the person. */
export function issueSession(secret: string, now: Date): string {
  const value = `${randomBytes(16).toString('base64url')}.${now.getTime() + sessionSeconds * 1000}`;
  return `${value}.${sign(value, secret)}`;
}

export function sessionValid(cookie: string | undefined, secret: string, now: Date): boolean {
  if (!cookie) return false;
  const [id = '', expires = '', signature = ''] = cookie.split('.');
  if (!sameText(signature, sign(`${id}.${expires}`, secret))) return false;
  return Number(expires) > now.getTime();
}

export function sessionCookieHeader(request: Request, value: string, maxAge: number): string {
  const secure = overHttps(request) ? '; Secure' : '';
  return `${sessionCookie}=${value}; Path=/beheer/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`;
}

/** How this request may see the staff view, if at all. */
export function staffAccessOf(
  request: Request,
  config: StaffAccessConfig,
  sessionSecret: string,
  now: Date,
): 'token' | 'session' | undefined {
  if (isAuthorised(request.headers.get('authorization'), config.token)) return 'token';
  if (hasLogin(config) && sessionValid(readCookie(request, sessionCookie), sessionSecret, now)) {
    return 'session';
  }
  return undefined;
}

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
      ...headers,
    },
  });
}

/**
 * The answer without access: a browser goes to the login (when there is one); anything else gets
 * 401 and nothing of the page.
 */
export function refusal(request: Request, config: StaffAccessConfig): Response {
  const browser = (request.headers.get('accept') ?? '').includes('text/html');
  if (browser && hasLogin(config) && !request.headers.get('authorization')) {
    return new Response(null, {
      status: 303,
      headers: { Location: loginPath, 'Cache-Control': 'no-store' },
    });
  }
  return text(
    401,
    'Log in via het beheer, of geef een geldig token mee: Authorization: Bearer <token>.',
    {
      'WWW-Authenticate': 'Bearer realm="beheer"',
    },
  );
}

/** What a GitLab login needs of the request: the server's key and the address to come back to. */
export interface GitlabReturn {
  /** Signs the state and makes the PKCE verifier (the staff session key). */
  secret: string;
  /** This site's /beheer/inloggen/, as registered at the GitLab application. */
  redirectUri: string;
}

/** The state cookie of a GitLab login: its callback is /beheer/inloggen/ itself. */
const gitlabStateCookie = (value: string, maxAge: number) =>
  `${staffStateCookie}=${value}; Path=${loginPath}; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Lax`;

/**
 * Step 1 of a staff login: a state in its own cookie (sent only to the callback), then the Git
 * host: GitHub, or GitLab when the CMS edits there.
 */
export function startStaffLogin(
  config: StaffAccessConfig,
  now: Date,
  gitlabReturn?: GitlabReturn,
): Response {
  if (config.gitlab && config.repo && gitlabReturn) {
    const { state, cookie } = issueState(gitlabReturn.secret, now);
    const verifier = pkceVerifier(gitlabReturn.secret, state);
    return new Response(null, {
      status: 302,
      headers: {
        Location: gitlabAuthorizeUrl(config.gitlab, state, verifier, gitlabReturn.redirectUri),
        'Set-Cookie': gitlabStateCookie(cookie, stateLifetimeSeconds),
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      },
    });
  }
  if (!config.oauth || !config.repo) {
    return text(503, 'Inloggen voor het beheer is op deze site nog niet ingesteld.');
  }
  const { state, cookie } = issueState(config.oauth.clientSecret, now);
  return new Response(null, {
    status: 302,
    headers: {
      Location: authorizeUrl(config.oauth, state),
      'Set-Cookie': `${staffStateCookie}=${cookie}; Path=/api/cms/; Max-Age=${stateLifetimeSeconds}; HttpOnly; Secure; SameSite=Lax`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/** Whether a callback answers a staff login (its state is in the staff state cookie). */
export function isStaffCallback(request: Request, config: StaffAccessConfig, now: Date): boolean {
  const state = new URL(request.url).searchParams.get('state') ?? '';
  return (
    config.oauth !== undefined &&
    stateMatches(readCookie(request, staffStateCookie), state, config.oauth.clientSecret, now)
  );
}

/** Whether the token's user may write to the site's repository (what editing the site takes). */
async function mayWrite(
  config: StaffAccessConfig,
  token: string,
  fetchImpl: typeof fetch,
): Promise<boolean> {
  try {
    const response = await fetchImpl(`${config.apiRoot}/repos/${config.repo}`, {
      headers: { Accept: 'application/vnd.github+json', Authorization: `token ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { permissions?: { push?: unknown } };
    return body.permissions?.push === true;
  } catch (error) {
    console.error(
      'Staff login: repository check failed:',
      error instanceof Error ? error.name : error,
    );
    return false;
  }
}

function page(status: number, message: string, headers: Record<string, string>): Response {
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><meta name="viewport" content="width=device-width, initial-scale=1">
${status === 200 ? `<meta http-equiv="refresh" content="0;url=${resultsPath}">` : ''}<title>Inloggen voor het beheer</title></head>
<body>
<p>${message}</p>
<p><a href="${status === 200 ? resultsPath : loginPath}">${status === 200 ? 'Naar de resultaten' : 'Opnieuw inloggen'}</a></p>
</body>
</html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex, nofollow',
      ...headers,
    },
  });
}

/** The session after a login the host allowed, with the state cookie cleared. */
function loggedIn(request: Request, sessionSecret: string, now: Date, clearState: string) {
  const answer = page(200, 'U bent ingelogd.', { 'Set-Cookie': clearState });
  answer.headers.append(
    'Set-Cookie',
    sessionCookieHeader(request, issueSession(sessionSecret, now), sessionSeconds),
  );
  return answer;
}

const noAccess = 'Dit account heeft geen toegang tot de site. Vraag de beheerder om toegang.';

/** Whether a request to /beheer/inloggen/ is GitLab sending the editor back (code or error). */
export function isGitlabReturn(request: Request, config: StaffAccessConfig): boolean {
  const params = new URL(request.url).searchParams;
  return config.gitlab !== undefined && (params.has('code') || params.has('error'));
}

/**
 * Step 2 with GitLab, at /beheer/inloggen/: the state must match its cookie; then trade the code
 * with the verifier, check the project, then the session (as finishStaffLogin).
 */
export async function finishGitlabStaffLogin(
  request: Request,
  config: StaffAccessConfig,
  gitlabReturn: GitlabReturn,
  now: Date,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const clearState = gitlabStateCookie('', 0);
  const params = new URL(request.url).searchParams;
  const state = params.get('state') ?? '';
  const code = params.get('code');
  const { secret, redirectUri } = gitlabReturn;
  if (!stateMatches(readCookie(request, staffStateCookie), state, secret, now)) {
    return page(400, 'Het inloggen is verlopen of niet hier begonnen. Probeer het opnieuw.', {
      'Set-Cookie': clearState,
    });
  }
  const verifier = pkceVerifier(secret, state);
  const token =
    config.gitlab && code
      ? await exchangeGitlabCode(config.gitlab, code, verifier, redirectUri, fetchImpl)
      : undefined;
  if (!token || !config.gitlab || !config.repo) {
    return page(502, 'GitLab gaf geen toegang. Probeer het opnieuw.', { 'Set-Cookie': clearState });
  }
  if (!(await mayPushToProject(config.gitlab, config.repo, token, fetchImpl))) {
    return page(403, noAccess, { 'Set-Cookie': clearState });
  }
  return loggedIn(request, secret, now, clearState);
}

/**
 * Step 2: the state matched (isStaffCallback); trade the code, check the repository, then the
 * session. The page after it opens the staff view from this site itself: a SameSite=Strict
 * cookie is not sent on the redirect chain that came from GitHub (or GitLab).
 */
export async function finishStaffLogin(
  request: Request,
  config: StaffAccessConfig,
  sessionSecret: string,
  now: Date,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const clearState = `${staffStateCookie}=; Path=/api/cms/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;
  const code = new URL(request.url).searchParams.get('code');
  const token =
    config.oauth && code ? await exchangeCode(config.oauth, code, fetchImpl) : undefined;
  if (!token) {
    return page(502, 'GitHub gaf geen toegang. Probeer het opnieuw.', { 'Set-Cookie': clearState });
  }
  if (!(await mayWrite(config, token, fetchImpl))) {
    return page(403, noAccess, { 'Set-Cookie': clearState });
  }
  return loggedIn(request, sessionSecret, now, clearState);
}
