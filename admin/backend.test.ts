import { describe, expect, it } from 'vitest';
import { backendConfig, backendSources, readCmsSettings } from './backend.ts';

const origin = 'https://werkgevers.example.nl';

describe('the CMS backend from the environment', () => {
  it('is the local decap-server without variables, with simple publishing', () => {
    const settings = readCmsSettings({});
    expect(backendConfig(settings, origin)).toEqual({
      backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' },
      publish_mode: 'simple',
    });
    expect(backendSources(settings).connect).toEqual(['http://127.0.0.1:8081']);
  });

  it('is GitHub with the editorial workflow and the site’s own OAuth routes', () => {
    const settings = readCmsSettings({
      PUBLIC_CMS_BACKEND: 'github',
      PUBLIC_CMS_REPO: 'regio-amersfoort/werkgevers',
      PUBLIC_CMS_BRANCH: 'productie',
    });
    expect(backendConfig(settings, origin)).toEqual({
      backend: {
        name: 'github',
        repo: 'regio-amersfoort/werkgevers',
        branch: 'productie',
        base_url: origin,
        auth_endpoint: 'api/cms/auth',
      },
      publish_mode: 'editorial_workflow',
    });
    expect(backendSources(settings)).toEqual({
      connect: ['https://api.github.com'],
      img: ['https://avatars.githubusercontent.com'],
    });
  });

  it('lets the admin page reach a GitHub Enterprise host for the API and the avatars', () => {
    const settings = readCmsSettings({
      PUBLIC_CMS_BACKEND: 'github',
      PUBLIC_CMS_REPO: 'regio/werkgevers',
      PUBLIC_CMS_API_ROOT: 'https://git.example.nl/api/v3',
    });
    expect(backendConfig(settings, origin).backend).toMatchObject({
      api_root: 'https://git.example.nl/api/v3',
      base_url: origin,
    });
    expect(backendSources(settings)).toEqual({
      connect: ['https://git.example.nl'],
      img: ['https://git.example.nl'],
    });
  });

  it('is GitLab with PKCE (no secret), on gitlab.com or a host of its own', () => {
    const settings = readCmsSettings({
      PUBLIC_CMS_BACKEND: 'gitlab',
      PUBLIC_CMS_REPO: 'regio/werkgevers',
      PUBLIC_CMS_APP_ID: 'abc123',
      PUBLIC_CMS_BASE_URL: 'https://gitlab.example.nl/',
    });
    expect(backendConfig(settings, origin)).toEqual({
      backend: {
        name: 'gitlab',
        repo: 'regio/werkgevers',
        branch: 'main',
        auth_type: 'pkce',
        app_id: 'abc123',
        base_url: 'https://gitlab.example.nl',
        api_root: 'https://gitlab.example.nl/api/v4',
      },
      publish_mode: 'editorial_workflow',
    });
    expect(backendSources(settings).connect).toContain('https://gitlab.example.nl');
  });

  it('does not offer backends that cannot be shown to work with the editorial workflow', () => {
    expect(() => readCmsSettings({ PUBLIC_CMS_BACKEND: 'gitea' })).toThrow(
      /"gitea" is not offered: Decap's Gitea backend refuses the editorial workflow \(decaporg\/decap-cms#7115\)\. Use github or gitlab; see docs\/cms\.md/,
    );
    expect(() => readCmsSettings({ PUBLIC_CMS_BACKEND: 'git-gateway' })).toThrow(
      'needs Netlify Identity',
    );
    expect(() => readCmsSettings({ PUBLIC_CMS_BACKEND: 'forgejo' })).toThrow('not offered');
  });

  it('says which variable is missing or wrong', () => {
    expect(() => readCmsSettings({ PUBLIC_CMS_BACKEND: 'bitbucket' })).toThrow(
      'PUBLIC_CMS_BACKEND="bitbucket" is not supported',
    );
    expect(() => readCmsSettings({ PUBLIC_CMS_BACKEND: 'github' })).toThrow(
      'PUBLIC_CMS_BACKEND=github needs PUBLIC_CMS_REPO as well.',
    );
    expect(() => readCmsSettings({ PUBLIC_CMS_BACKEND: 'gitlab', PUBLIC_CMS_REPO: 'a/b' })).toThrow(
      'needs PUBLIC_CMS_APP_ID as well.',
    );
  });
});
