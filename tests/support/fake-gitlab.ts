/**
 * A stand-in for a self-hosted GitLab on 127.0.0.1: the OAuth authorisation page and token
 * endpoint with PKCE (what Decap's GitLab backend uses with `auth_type: pkce`, no secret), and the
 * API v4 calls Decap makes to log in and list entries (decap-cms-backend-gitlab, implementation.ts
 * and API.ts), with the CORS rules GitLab has for /oauth/token and /api/.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  FakeRepository,
  startFakeHost,
  type Answer,
  type FakeHost,
  type FakeRequest,
} from './fake-git-host.ts';

export interface FakeGitlabOptions {
  /** `group/project`. */
  repo: string;
  branch: string;
  /** The folder whose files are the branch's files (a project copy). */
  root: string;
  appId: string;
}

export interface FakeGitlab extends FakeHost {
  /** The application's registered redirect URIs (the admin page, the staff login). */
  redirectUris: string[];
  tokens: Set<string>;
  /** The user's role on the project: 30 Developer (the default), 20 Reporter, 0 none. */
  accessLevel: number;
}

// GitLab's rack-cors rules: any origin, any request header, these response headers readable.
const exposed =
  'Link, X-Total, X-Total-Pages, X-Per-Page, X-Page, X-Next-Page, X-Prev-Page, X-Gitlab-Blob-Id, X-Gitlab-Commit-Id, X-Gitlab-Content-Sha256, X-Gitlab-Encoding, X-Gitlab-File-Name, X-Gitlab-File-Path, X-Gitlab-Last-Commit-Id, X-Gitlab-Ref, X-Gitlab-Size, X-Request-Id, ETag';
export const gitlabEditor = { id: 31, username: 'redacteur', name: 'Redacteur Regio' };

function corsFor(request: FakeRequest): Record<string, string> {
  const { pathname } = request.url;
  if (!pathname.startsWith('/api/') && pathname !== '/oauth/token') return {};
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };
  if (pathname.startsWith('/api/')) headers['Access-Control-Expose-Headers'] = exposed;
  if (request.method === 'OPTIONS') {
    const asked = request.headers['access-control-request-headers'];
    headers['Access-Control-Allow-Methods'] = pathname.startsWith('/api/')
      ? 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD'
      : 'POST';
    if (typeof asked === 'string') headers['Access-Control-Allow-Headers'] = asked;
    headers['Access-Control-Max-Age'] = '7200';
  }
  return headers;
}

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

export async function startFakeGitlab(options: FakeGitlabOptions): Promise<FakeGitlab> {
  const repository = new FakeRepository(options.root);
  const grants = new Map<string, { challenge: string; redirectUri: string }>();
  const tokens = new Set<string>();

  function authorize(params: URLSearchParams): Answer {
    const redirectUri = params.get('redirect_uri') ?? '';
    const challenge = params.get('code_challenge') ?? '';
    const valid =
      params.get('client_id') === options.appId &&
      fake.redirectUris.includes(redirectUri) &&
      params.get('response_type') === 'code' &&
      params.get('code_challenge_method') === 'S256' &&
      challenge !== '';
    if (!valid) return { status: 400, body: 'The redirect URI or client is not valid.' };
    // The editor has authorised the application before: GitLab sends them straight back.
    const code = randomBytes(16).toString('hex');
    grants.set(code, { challenge, redirectUri });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', params.get('state') ?? '');
    return { status: 302, headers: { Location: back.href } };
  }

  function token(body: string): Answer {
    const form = JSON.parse(body) as Record<string, string>;
    const grant = grants.get(form['code'] ?? '');
    grants.delete(form['code'] ?? '');
    if (
      !grant ||
      form['grant_type'] !== 'authorization_code' ||
      form['client_id'] !== options.appId ||
      form['redirect_uri'] !== grant.redirectUri ||
      s256(form['code_verifier'] ?? '') !== grant.challenge
    ) {
      return { status: 400, body: { error: 'invalid_grant' } };
    }
    const access = randomBytes(20).toString('hex');
    tokens.add(access);
    return {
      body: {
        access_token: access,
        token_type: 'Bearer',
        expires_in: 7200,
        refresh_token: randomBytes(20).toString('hex'),
        scope: 'api',
        created_at: 1795939200,
      },
    };
  }

  function project(rest: string, params: URLSearchParams): Answer | undefined {
    if (rest === '') {
      return {
        body: {
          id: 7,
          path_with_namespace: options.repo,
          default_branch: options.branch,
          permissions: {
            project_access: fake.accessLevel > 0 ? { access_level: fake.accessLevel } : null,
            group_access: null,
          },
          shared_with_groups: [],
        },
      };
    }
    if (rest === '/repository/tree') {
      const folder = params.get('path') ?? '';
      const entries =
        params.get('ref') === options.branch &&
        repository.list(folder, params.get('recursive') === 'true');
      if (!entries) return { status: 404, body: { message: '404 Tree Not Found' } };
      const pages = {
        'X-Page': '1',
        'X-Total-Pages': '1',
        'X-Per-Page': params.get('per_page') ?? '20',
      };
      return {
        headers: { ...pages, 'X-Total': String(entries.length) },
        body: entries.map((entry) => ({
          id: entry.sha,
          name: entry.name,
          type: entry.type,
          path: entry.path,
          mode: entry.type === 'tree' ? '040000' : '100644',
        })),
      };
    }
    const raw = /^\/repository\/files\/([^/]+)\/raw$/.exec(rest);
    if (raw && params.get('ref') === options.branch) {
      const content = repository.read(decodeURIComponent(raw[1] ?? ''));
      if (!content) return { status: 404, body: { message: '404 File Not Found' } };
      return { body: content, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
    }
    if (rest === '/repository/commits' && params.get('path')) {
      const author = { author_name: 'Redactie', author_email: 'redactie@example.nl' };
      return { body: [{ id: 'c'.repeat(40), ...author, authored_date: '2026-11-20T09:00:00Z' }] };
    }
    // The branch and its newest commit: Decap asks for it when it lists a whole collection (to
    // sort or filter it) and caches the listing by that commit.
    if (rest === `/repository/branches/${encodeURIComponent(options.branch)}`) {
      return { body: { name: options.branch, commit: { id: 'c'.repeat(40) } } };
    }
    // No open merge requests: nothing is in the editorial workflow yet.
    if (rest === '/merge_requests') return { body: [] };
    return undefined;
  }

  function api(request: FakeRequest): Answer | undefined {
    if (request.method === 'OPTIONS') return { status: 204 };
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer || !tokens.has(bearer))
      return { status: 401, body: { message: '401 Unauthorized' } };
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const route = request.url.pathname.slice('/api/v4'.length);
    if (route === '/user') {
      return { body: { ...gitlabEditor, avatar_url: `${fake.url}/uploads/avatar.svg` } };
    }
    const prefix = `/projects/${encodeURIComponent(options.repo)}`;
    if (route === prefix || route.startsWith(`${prefix}/`)) {
      return project(route.slice(prefix.length), request.url.searchParams);
    }
    return undefined;
  }

  const host = await startFakeHost(
    'GitLab',
    (request) => {
      const { pathname, searchParams } = request.url;
      if (pathname.startsWith('/api/v4/')) return api(request);
      if (pathname === '/oauth/authorize' && request.method === 'GET')
        return authorize(searchParams);
      if (pathname === '/oauth/token' && request.method === 'OPTIONS') return { status: 204 };
      if (pathname === '/oauth/token' && request.method === 'POST') return token(request.body);
      if (pathname === '/uploads/avatar.svg') {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>';
        return { body: svg, headers: { 'Content-Type': 'image/svg+xml' } };
      }
      return undefined;
    },
    { headers: corsFor, notFound: { message: '404 Not Found' } },
  );
  // The handlers read the registered redirect URIs and the user's role from here.
  const fake: FakeGitlab = { ...host, redirectUris: [], tokens, accessLevel: 30 };
  return fake;
}
