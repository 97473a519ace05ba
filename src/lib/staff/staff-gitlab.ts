/**
 * The staff login through GitLab, for a site whose CMS edits on GitLab (PUBLIC_CMS_BACKEND=gitlab).
 * It uses the CMS's own GitLab application, which has no secret (PKCE): the server sends the
 * editor to GitLab with a code challenge, GitLab sends them back to /beheer/inloggen/ (a second
 * redirect URI of that application), and the server trades the code with the verifier. Then
 * GitLab is asked whether the user is at least Developer on the project, which is what editing
 * through the CMS takes. The GitLab token is used for that one question and not kept.
 */
import { createHash, createHmac } from 'node:crypto';

export interface GitlabStaffLogin {
  /** The CMS's GitLab application id (public; PKCE needs no secret). */
  appId: string;
  /** The GitLab host, e.g. https://gitlab.com; tests use a fake one on 127.0.0.1. */
  baseUrl: string;
  /** Its API v4 root. */
  apiRoot: string;
}

/** GitLab's Developer role: the lowest that may push a branch, as the CMS's workflow does. */
export const developerAccess = 30;

/**
 * The PKCE verifier of a login, made from its state with the server's key: nothing more to keep
 * in the state cookie, and no one without the key can make it (43 characters, as RFC 7636 asks).
 */
export function pkceVerifier(secret: string, state: string): string {
  return createHmac('sha256', secret).update(`beheer-pkce:${state}`).digest('base64url');
}

const challengeOf = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** GitLab's authorize page for this login. */
export function gitlabAuthorizeUrl(
  login: GitlabStaffLogin,
  state: string,
  verifier: string,
  redirectUri: string,
): string {
  const authorize = new URL(`${login.baseUrl}/oauth/authorize`);
  authorize.searchParams.set('client_id', login.appId);
  authorize.searchParams.set('redirect_uri', redirectUri);
  authorize.searchParams.set('response_type', 'code');
  authorize.searchParams.set('state', state);
  authorize.searchParams.set('scope', 'api');
  authorize.searchParams.set('code_challenge', challengeOf(verifier));
  authorize.searchParams.set('code_challenge_method', 'S256');
  return authorize.href;
}

function failed(step: string, error: unknown): undefined {
  // The error's name only: a message could carry the code or the token.
  console.error(
    `Staff login (GitLab): ${step} failed:`,
    error instanceof Error ? error.name : error,
  );
  return undefined;
}

/** Trades the code for a token with the verifier, or undefined when GitLab refuses. */
export async function exchangeGitlabCode(
  login: GitlabStaffLogin,
  code: string,
  verifier: string,
  redirectUri: string,
  fetchImpl: typeof fetch,
): Promise<string | undefined> {
  try {
    const response = await fetchImpl(`${login.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        client_id: login.appId,
        code,
        grant_type: 'authorization_code',
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { access_token?: unknown };
    return typeof body.access_token === 'string' ? body.access_token : undefined;
  } catch (error) {
    return failed('the code exchange', error);
  }
}

interface Access {
  access_level?: unknown;
}

/**
 * Whether the token's user is at least Developer on the project, directly or through its group
 * (the first check of Decap's own GitLab backend). Access only through a group the project is
 * shared with does not count: GitLab's answer does not say what this user may do there.
 */
export async function mayPushToProject(
  login: GitlabStaffLogin,
  repo: string,
  token: string,
  fetchImpl: typeof fetch,
): Promise<boolean> {
  try {
    const response = await fetchImpl(`${login.apiRoot}/projects/${encodeURIComponent(repo)}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as {
      permissions?: { project_access?: Access | null; group_access?: Access | null };
    };
    const levels = [body.permissions?.project_access, body.permissions?.group_access].map(
      (access) => (typeof access?.access_level === 'number' ? access.access_level : 0),
    );
    return Math.max(...levels) >= developerAccess;
  } catch (error) {
    return failed('the project check', error) ?? false;
  }
}
