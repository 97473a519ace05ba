/**
 * Where the CMS reads and writes content, chosen by environment variables at build time.
 * Locally (the default) it is `decap-server` on the editor's own machine, writing straight into
 * `content/`. In production it is a Git host, with the editorial workflow (draft → review →
 * publish) so nothing goes live without a second look. See docs/cms.md.
 */
import type { CmsBackend, CmsPublishMode } from 'decap-cms-core';

export const backendNames = ['local', 'github', 'gitlab', 'gitea', 'git-gateway'] as const;
export type BackendName = (typeof backendNames)[number];

export interface CmsSettings {
  backend: BackendName;
  /** `owner/name` of the repository on the Git host. */
  repo?: string;
  branch: string;
  /** GitLab/Gitea: the host (https://gitlab.com); GitHub: where the OAuth routes run. */
  baseUrl?: string;
  /** The host's API, when it is not at the usual place under `baseUrl`. */
  apiRoot?: string;
  /** GitLab/Gitea: the OAuth application id (public; PKCE needs no secret). */
  appId?: string;
  /** The local decap-server's API. */
  localUrl: string;
}

/** The default local decap-server address (`npm run cms` starts it there). */
export const defaultLocalUrl = 'http://127.0.0.1:8081/api/v1';

type Env = Record<string, string | boolean | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The CMS settings from `PUBLIC_CMS_*` variables; throws a clear message on a wrong value. */
export function readCmsSettings(env: Env): CmsSettings {
  const backend = read(env, 'PUBLIC_CMS_BACKEND') ?? 'local';
  if (!backendNames.includes(backend as BackendName)) {
    throw new Error(
      `PUBLIC_CMS_BACKEND="${backend}" is not supported; use one of ${backendNames.join(', ')}.`,
    );
  }
  const settings: CmsSettings = {
    backend: backend as BackendName,
    branch: read(env, 'PUBLIC_CMS_BRANCH') ?? 'main',
    localUrl: read(env, 'PUBLIC_CMS_LOCAL_URL') ?? defaultLocalUrl,
  };
  const optional = {
    repo: read(env, 'PUBLIC_CMS_REPO'),
    baseUrl: read(env, 'PUBLIC_CMS_BASE_URL'),
    apiRoot: read(env, 'PUBLIC_CMS_API_ROOT'),
    appId: read(env, 'PUBLIC_CMS_APP_ID'),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(settings, { [key]: value });
  }
  const needs: Partial<Record<BackendName, (keyof CmsSettings)[]>> = {
    github: ['repo'],
    gitlab: ['repo', 'appId'],
    gitea: ['repo', 'appId', 'baseUrl'],
  };
  for (const key of needs[settings.backend] ?? []) {
    if (settings[key] === undefined) {
      const variable = `PUBLIC_CMS_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
      throw new Error(`PUBLIC_CMS_BACKEND=${settings.backend} needs ${variable} as well.`);
    }
  }
  return settings;
}

/**
 * Decap's `backend` block and publish mode. `origin` is where the admin page runs: GitHub's
 * OAuth routes (src/pages/api/cms/) are served by the site itself.
 */
export function backendConfig(
  settings: CmsSettings,
  origin: string,
): { backend: CmsBackend; publish_mode: CmsPublishMode } {
  const { repo, branch, appId, apiRoot } = settings;
  const host = (fallback: string) => (settings.baseUrl ?? fallback).replace(/\/+$/, '');
  switch (settings.backend) {
    case 'local':
      return {
        backend: { name: 'proxy', proxy_url: settings.localUrl, branch },
        publish_mode: 'simple',
      };
    case 'github':
      return {
        backend: compact({
          name: 'github',
          repo,
          branch,
          base_url: host(origin),
          auth_endpoint: 'api/cms/auth',
          api_root: apiRoot,
        }),
        publish_mode: 'editorial_workflow',
      };
    case 'gitlab': {
      const base = host('https://gitlab.com');
      return {
        backend: compact({
          name: 'gitlab',
          repo,
          branch,
          auth_type: 'pkce',
          app_id: appId,
          base_url: base,
          api_root: apiRoot ?? `${base}/api/v4`,
        }),
        publish_mode: 'editorial_workflow',
      };
    }
    case 'gitea': {
      const base = host('');
      return {
        backend: compact({
          name: 'gitea',
          repo,
          branch,
          app_id: appId,
          base_url: base,
          api_root: apiRoot ?? `${base}/api/v1`,
        }),
        publish_mode: 'editorial_workflow',
      };
    }
    case 'git-gateway':
      return {
        backend: {
          name: 'git-gateway',
          branch,
          ...(settings.baseUrl && {
            identity_url: `${host('')}/.netlify/identity`,
            gateway_url: `${host('')}/.netlify/git`,
          }),
        } as CmsBackend,
        publish_mode: 'editorial_workflow',
      };
  }
}

/** Whether the local decap-server (`npm run cms`) answers at `localUrl`, within two seconds. */
export async function localBackendAnswers(localUrl: string): Promise<boolean> {
  try {
    const response = await fetch(localUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** Leaves out settings that are not given (Decap's types do not accept `undefined`). */
function compact(backend: Record<string, string | undefined>): CmsBackend {
  return Object.fromEntries(
    Object.entries(backend).filter(([, value]) => value !== undefined),
  ) as unknown as CmsBackend;
}

function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}

/**
 * What the admin page's Content-Security-Policy must allow beyond the site itself for this
 * backend: the API it talks to, and where user avatars come from.
 */
export function backendSources(settings: CmsSettings): { connect: string[]; img: string[] } {
  switch (settings.backend) {
    case 'local':
      return { connect: originOf(settings.localUrl), img: [] };
    case 'github':
      return {
        connect: originOf(settings.apiRoot ?? 'https://api.github.com'),
        img: ['https://avatars.githubusercontent.com'],
      };
    case 'gitlab':
    case 'gitea': {
      const base = originOf(settings.baseUrl ?? 'https://gitlab.com');
      return {
        connect: [...base, ...originOf(settings.apiRoot)],
        img: [...base, 'https://secure.gravatar.com'],
      };
    }
    case 'git-gateway':
      return { connect: originOf(settings.baseUrl), img: [] };
  }
}
