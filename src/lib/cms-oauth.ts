/**
 * GitHub login for the CMS (Decap's "GitHub backend" needs a server for one step of OAuth: trading
 * the code for a token takes the client secret, which must never reach the browser).
 *
 * 1. `/api/cms/auth` makes a random `state`, keeps it in a short-lived, signed, HttpOnly cookie
 *    that only `/api/cms/` receives, and sends the editor to GitHub.
 * 2. `/api/cms/callback` refuses the request unless GitHub hands back that same `state`, trades
 *    the code for a token with the secret from the environment, and gives the token to the CMS
 *    window with the postMessage handshake Decap expects, only to this site's own origin.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { siteConfig, type SiteConfig } from './config.ts';

export interface GithubOAuthConfig {
  clientId: string;
  clientSecret: string;
  /** https://github.com, or a GitHub Enterprise host; tests use a fake one on 127.0.0.1. */
  oauthBaseUrl: string;
  /** `repo` for private repositories, `public_repo` for public ones. */
  scope: string;
}

export const stateCookie = 'cms_oauth_state';
/** Covers both routes in both spellings (`/api/cms/auth` and `/api/cms/auth/`). */
const cookiePath = '/api/cms/';
/**
 * The two routes as Decap opens the first (`${base_url}/${auth_endpoint}`) and as the callback URL
 * is registered at GitHub: without the trailing slash the site's routes otherwise have. The site
 * server passes them to Astro with it (src/server/site-server.ts).
 */
export const loginPaths = ['/api/cms/auth', '/api/cms/callback'];
/** Ten minutes to log in at GitHub; after that the editor starts again. */
export const stateLifetimeSeconds = 600;

type OAuthVariables =
  'CMS_GITHUB_CLIENT_ID' | 'CMS_GITHUB_CLIENT_SECRET' | 'CMS_GITHUB_OAUTH_URL' | 'CMS_GITHUB_SCOPE';

/** The OAuth settings (src/lib/config.ts), or undefined when GitHub login is not set up. */
export function readGithubOAuth(
  config: Pick<SiteConfig, OAuthVariables> = siteConfig(),
): GithubOAuthConfig | undefined {
  const clientId = config.CMS_GITHUB_CLIENT_ID;
  const clientSecret = config.CMS_GITHUB_CLIENT_SECRET;
  if (!clientId || !clientSecret) return undefined;
  return {
    clientId,
    clientSecret,
    oauthBaseUrl: config.CMS_GITHUB_OAUTH_URL,
    scope: config.CMS_GITHUB_SCOPE,
  };
}

function sign(value: string, secret: string): string {
  return createHmac('sha256', secret).update(`cms-oauth-state:${value}`).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function cookieHeader(value: string, maxAge: number): string {
  return `${stateCookie}=${value}; Path=${cookiePath}; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Lax`;
}

export function readCookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** True when the cookie carries this state, was signed by us and has not expired. */
export function stateMatches(cookie: string | undefined, state: string, secret: string, now: Date) {
  if (!cookie || !state) return false;
  const [value = '', expires = '', signature = ''] = cookie.split('.');
  if (!sameText(signature, sign(`${value}.${expires}`, secret))) return false;
  if (!(Number(expires) > now.getTime())) return false;
  return sameText(value, state);
}

function text(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A fresh state and the signed cookie value that remembers it for ten minutes. */
export function issueState(secret: string, now: Date): { state: string; cookie: string } {
  const state = randomBytes(24).toString('base64url');
  const expires = String(now.getTime() + stateLifetimeSeconds * 1000);
  return { state, cookie: `${state}.${expires}.${sign(`${state}.${expires}`, secret)}` };
}

/** Where GitHub's authorize page is, for this state (no redirect_uri: see startLogin). */
export function authorizeUrl(config: GithubOAuthConfig, state: string): string {
  const authorize = new URL(`${config.oauthBaseUrl}/login/oauth/authorize`);
  authorize.searchParams.set('client_id', config.clientId);
  authorize.searchParams.set('scope', config.scope);
  authorize.searchParams.set('state', state);
  return authorize.href;
}

/** Step 1: remember a fresh state in a cookie and send the editor to GitHub. */
export function startLogin(
  request: Request,
  config: GithubOAuthConfig | undefined,
  now = new Date(),
): Response {
  if (!config) {
    return text(503, 'Inloggen met GitHub is op deze site nog niet ingesteld.');
  }
  const provider = new URL(request.url).searchParams.get('provider') ?? 'github';
  if (provider !== 'github') {
    return text(400, 'Deze site kan alleen inloggen met GitHub.');
  }
  const { state, cookie } = issueState(config.clientSecret, now);
  // No redirect_uri: GitHub uses the callback registered with the OAuth app, so a proxy in
  // front of this process cannot make us send the editor's code elsewhere.
  return new Response(null, {
    status: 302,
    headers: {
      Location: authorizeUrl(config, state),
      'Set-Cookie': cookieHeader(cookie, stateLifetimeSeconds),
      'Cache-Control': 'no-store',
      // The pop-up opens here: the site's usual 'same-origin' would cut its link to the CMS
      // window for good, before the callback page could use it.
      'Cross-Origin-Opener-Policy': 'unsafe-none',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/** The page in the login pop-up that hands the outcome to the CMS window (Decap's protocol). */
function handshakePage(status: number, message: string, outcome: string): Response {
  const nonce = randomBytes(16).toString('base64');
  // JSON inside a script: escape "<" so no value can close the script element.
  const payload = JSON.stringify(outcome).replaceAll('<', '\\u003c');
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Inloggen voor het beheer</title></head>
<body>
<p>${message}</p>
<script nonce="${nonce}">
(function () {
  var outcome = ${payload};
  if (!window.opener) return;
  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin) return;
    window.opener.postMessage(outcome, window.location.origin);
  });
  window.opener.postMessage('authorizing:github', window.location.origin);
})();
</script>
</body>
</html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      // The pop-up must keep its link to the CMS window to hand over the token.
      'Cross-Origin-Opener-Policy': 'unsafe-none',
      'Referrer-Policy': 'no-referrer',
      // The state is used up, whatever the outcome.
      'Set-Cookie': cookieHeader('', 0),
    },
  });
}

function failure(status: number, message: string): Response {
  const outcome = `authorization:github:error:${JSON.stringify({ message })}`;
  return handshakePage(status, message, outcome);
}

/** Trades an OAuth code for a token with the secret; undefined when GitHub gives none. */
export async function exchangeCode(
  config: GithubOAuthConfig,
  code: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string | undefined> {
  let token: string | undefined;
  try {
    const response = await fetchImpl(`${config.oauthBaseUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: config.clientId,
        client_secret: config.clientSecret,
        code,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { access_token?: unknown };
    if (response.ok && typeof body.access_token === 'string') token = body.access_token;
  } catch (error) {
    console.error('CMS login: token request failed:', error instanceof Error ? error.name : error);
  }
  return token;
}

/** Step 2: check the state, trade the code for a token, hand the token to the CMS window. */
export async function finishLogin(
  request: Request,
  config: GithubOAuthConfig | undefined,
  now = new Date(),
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  if (!config) {
    return text(503, 'Inloggen met GitHub is op deze site nog niet ingesteld.');
  }
  const params = new URL(request.url).searchParams;
  const state = params.get('state') ?? '';
  if (!stateMatches(readCookie(request, stateCookie), state, config.clientSecret, now)) {
    return failure(
      400,
      'Het inloggen is verlopen of niet vanuit het beheer gestart. Sluit dit venster en probeer het opnieuw.',
    );
  }
  if (params.get('error')) {
    return failure(
      403,
      'Het inloggen bij GitHub is afgebroken. Sluit dit venster en probeer het opnieuw.',
    );
  }
  const code = params.get('code');
  if (!code) {
    return failure(400, 'GitHub gaf geen code terug. Sluit dit venster en probeer het opnieuw.');
  }
  const token = await exchangeCode(config, code, fetchImpl);
  if (!token) {
    return failure(502, 'GitHub gaf geen toegang. Sluit dit venster en probeer het opnieuw.');
  }
  const outcome = `authorization:github:success:${JSON.stringify({ token, provider: 'github' })}`;
  return handshakePage(200, 'U bent ingelogd. Dit venster sluit vanzelf.', outcome);
}
