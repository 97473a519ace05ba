/**
 * A stand-in for GitHub on 127.0.0.1, laid out like GitHub Enterprise (one host): the OAuth pages
 * under /login/oauth/ (which the site's login routes, src/lib/cms-oauth.ts, send the editor to and
 * trade the code at) and the REST API under /api/v3/ (which Decap's GitHub backend calls from the
 * browser). It answers only what Decap asks to log in and list entries (decap-cms-backend-github,
 * implementation.tsx and API.ts), with the CORS headers api.github.com sends.
 */
import { randomBytes } from 'node:crypto';
import {
  FakeRepository,
  startFakeHost,
  type Answer,
  type FakeHost,
  type FakeRequest,
} from './fake-git-host.ts';

export interface FakeGithubOptions {
  /** `owner/name`. */
  repo: string;
  branch: string;
  /** The folder whose files are the branch's files (a project copy). */
  root: string;
  clientId: string;
  clientSecret: string;
}

export interface FakeGithub extends FakeHost {
  /** What Decap's `api_root` must be. */
  apiRoot: string;
  /** The OAuth app's registered callback URL: where GitHub sends the editor back. */
  callbackUrl: string;
  /** Hands back another `state` than the one it was given, as a forged answer would. */
  forgeState: boolean;
  /** The tokens handed out, to check they never appear where they should not. */
  tokens: Set<string>;
  /** Whether the user may push to the repository (an editor); false: a reader only. */
  writer: boolean;
}

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers':
    'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
};
const preflight = {
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, GraphQL-Features',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE',
  'Access-Control-Max-Age': '86400',
};
const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };
export const githubEditor = { login: 'redacteur-regio', id: 4101, name: 'Redacteur Regio' };

function formOrJson(body: string): Record<string, string> {
  try {
    return JSON.parse(body) as Record<string, string>;
  } catch {
    return Object.fromEntries(new URLSearchParams(body));
  }
}

export async function startFakeGithub(options: FakeGithubOptions): Promise<FakeGithub> {
  const repository = new FakeRepository(options.root);
  const codes = new Set<string>();
  const tokens = new Set<string>();

  function oauth(request: FakeRequest): Answer | undefined {
    const params = request.url.searchParams;
    if (request.method === 'GET' && request.url.pathname === '/login/oauth/authorize') {
      if (params.get('client_id') !== options.clientId) return { status: 404, body: 'Not Found' };
      // The editor has authorised the app before: GitHub sends them straight back.
      const code = randomBytes(10).toString('hex');
      codes.add(code);
      const back = new URL(fake.callbackUrl);
      back.searchParams.set('code', code);
      back.searchParams.set('state', fake.forgeState ? 'vervalst' : (params.get('state') ?? ''));
      return { status: 302, headers: { Location: back.href } };
    }
    if (request.method === 'POST' && request.url.pathname === '/login/oauth/access_token') {
      const form = formOrJson(request.body);
      const known =
        form['client_id'] === options.clientId && form['client_secret'] === options.clientSecret;
      // A code works once, as at GitHub; GitHub answers a bad one with 200 and an error.
      if (!known || !codes.delete(form['code'] ?? '')) {
        return { body: { error: 'bad_verification_code' } };
      }
      const token = `gho_${randomBytes(18).toString('hex')}`;
      tokens.add(token);
      return { body: { access_token: token, token_type: 'bearer', scope: 'repo' } };
    }
    return undefined;
  }

  function repoApi(rest: string, params: URLSearchParams): Answer | undefined {
    const [owner = ''] = options.repo.split('/');
    if (rest === '') {
      return {
        body: {
          id: 1,
          name: options.repo.split('/')[1],
          full_name: options.repo,
          owner: { login: owner },
          private: true,
          fork: false,
          default_branch: options.branch,
          permissions: {
            admin: false,
            maintain: false,
            push: fake.writer,
            triage: true,
            pull: true,
          },
        },
      };
    }
    if (rest === `/collaborators/${githubEditor.login}/permission`) {
      return { body: { permission: 'write', user: { login: githubEditor.login } } };
    }
    if (rest === `/branches/${options.branch}`) {
      return { body: { name: options.branch, commit: { sha: 'a'.repeat(40) } } };
    }
    // Decap lists a folder by `<branch>:<folder>` (Git's extended SHA-1 syntax).
    const tree = /^\/git\/trees\/(.+)$/.exec(rest);
    if (tree) {
      const [ref, folder = ''] = decodeURIComponent(tree[1] ?? '').split(/:(.*)/);
      const entries = ref === options.branch && repository.list(folder, params.has('recursive'));
      if (!entries) return { status: 404, body: notFound };
      return {
        body: {
          sha: 'b'.repeat(40),
          truncated: false,
          tree: entries.map((entry) => ({
            path: entry.inFolder,
            mode: entry.type === 'tree' ? '040000' : '100644',
            type: entry.type,
            sha: entry.sha,
            ...(entry.type === 'blob' && { size: entry.size }),
          })),
        },
      };
    }
    const blob = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest);
    if (blob) {
      const content = repository.blob(blob[1] ?? '');
      if (!content) return { status: 404, body: notFound };
      const body = { sha: blob[1], size: content.length, encoding: 'base64' };
      return { body: { ...body, content: content.toString('base64') } };
    }
    if (rest === '/commits' && params.get('path')) {
      const author = {
        name: 'Redactie',
        email: 'redactie@example.nl',
        date: '2026-11-20T09:00:00Z',
      };
      return { body: [{ sha: 'c'.repeat(40), commit: { author, message: 'Inhoud' } }] };
    }
    // No open pull requests: nothing is in the editorial workflow yet.
    if (rest === '/pulls') return { body: [] };
    return undefined;
  }

  function api(request: FakeRequest): Answer | undefined {
    const route = request.url.pathname.slice('/api/v3'.length);
    if (request.method === 'OPTIONS') return { status: 204, headers: preflight };
    const token = /^token (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token || !tokens.has(token)) {
      return { status: 401, body: { message: 'Bad credentials' } };
    }
    if (request.method !== 'GET') return undefined;
    if (route === '/user') {
      return { body: { ...githubEditor, email: null, avatar_url: `${fake.url}/avatars/u/4101` } };
    }
    const prefix = `/repos/${options.repo}`;
    if (route === prefix || route.startsWith(`${prefix}/`)) {
      return repoApi(route.slice(prefix.length), request.url.searchParams);
    }
    return undefined;
  }

  const host = await startFakeHost(
    'GitHub',
    (request) => {
      if (request.url.pathname.startsWith('/api/v3/')) return api(request);
      if (request.url.pathname.startsWith('/avatars/')) {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>';
        return { body: svg, headers: { 'Content-Type': 'image/svg+xml' } };
      }
      return oauth(request);
    },
    {
      headers: (request) => (request.url.pathname.startsWith('/api/v3/') ? cors : {}),
      notFound,
    },
  );
  // The handlers read the test's settings (callback URL, forged state) from here.
  const fake: FakeGithub = {
    ...host,
    apiRoot: `${host.url}/api/v3`,
    callbackUrl: '',
    forgeState: false,
    tokens,
    writer: true,
  };
  return fake;
}
