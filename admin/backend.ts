/**
 * Where the CMS reads and writes content, chosen by environment variables at build time.
 * Locally (the default) it is `decap-server` on the editor's own machine, writing straight into
 * `content/`. In production it is a Git host, with the editorial workflow (draft → review →
 * publish) so nothing goes live without a second look. See docs/cms.md.
 */
import type { CmsBackend, CmsPublishMode } from 'decap-cms-core';

export const backendNames = ['local', 'github', 'gitlab'] as const;
export type BackendName = (typeof backendNames)[number];

/**
 * Backends Decap has that this site does not offer, and why: production needs the editorial
 * workflow, and these cannot be shown to work with it here.
 */
const refusedBackends: Record<string, string> = {
  gitea: "Decap's Gitea backend refuses the editorial workflow (decaporg/decap-cms#7115)",
  forgejo:
    "Decap's Forgejo backend has had the editorial workflow only since 2026 and is not tested with this site",
  'git-gateway':
    'git-gateway needs Netlify Identity, which this self-hosted site does not have and cannot test',
};

export interface CmsSettings {
  backend: BackendName;
  /** `owner/name` of the repository on the Git host. */
  repo?: string;
  branch: string;
  /** GitLab: the host (https://gitlab.com); GitHub: where the OAuth routes run. */
  baseUrl?: string;
  /** The host's API, when it is not at the usual place under `baseUrl`. */
  apiRoot?: string;
  /** GitLab: the OAuth application id (public; PKCE needs no secret). */
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
  const refusal = refusedBackends[backend];
  if (refusal) {
    throw new Error(
      `PUBLIC_CMS_BACKEND="${backend}" is not offered: ${refusal}. Use github or gitlab; see docs/cms.md, "Production".`,
    );
  }
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
      // GitHub Enterprise serves the API and the avatars from its own host.
      return settings.apiRoot
        ? { connect: originOf(settings.apiRoot), img: originOf(settings.apiRoot) }
        : { connect: ['https://api.github.com'], img: ['https://avatars.githubusercontent.com'] };
    case 'gitlab': {
      const base = originOf(settings.baseUrl ?? 'https://gitlab.com');
      return {
        connect: [...base, ...originOf(settings.apiRoot)],
        img: [...base, 'https://secure.gravatar.com'],
      };
    }
  }
}
