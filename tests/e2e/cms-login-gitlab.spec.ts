/**
 * Logging in to the CMS with a self-hosted GitLab as in production: a project copy built for the
 * GitLab backend (PKCE, no secret), served by the real server process, a fake GitLab on 127.0.0.1
 * (tests/support/fake-gitlab.ts), and Decap's own login button in Chromium.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseContentFile } from '../support/content-files.ts';
import { startFakeGitlab, type FakeGitlab } from '../support/fake-gitlab.ts';
import { serveLoginSite, type LoginSite } from '../support/login-site.ts';
import { copyProject } from '../support/project-copy.ts';

test.describe.configure({ mode: 'serial' });
test.use({ locale: 'nl-NL' });
// Decap's interface takes a while to load on a busy machine.
const slowly = { timeout: 30_000 };
const appId = 'e2e-gitlab-application-id';

let fake: FakeGitlab;
let site: LoginSite;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dir = copyProject('cms-login-');
  fake = await startFakeGitlab({ repo: 'regio/werkgevers', branch: 'main', root: dir, appId });
  site = await serveLoginSite(dir, {
    PUBLIC_CMS_BACKEND: 'gitlab',
    PUBLIC_CMS_REPO: 'regio/werkgevers',
    PUBLIC_CMS_BRANCH: 'main',
    PUBLIC_CMS_APP_ID: appId,
    PUBLIC_CMS_BASE_URL: fake.url,
  });
  // The redirect URI as docs/cms.md tells to register it in GitLab.
  fake.redirectUri = `${site.url}/admin/`;
});

test.afterAll(async () => {
  await site?.stop();
  await fake?.close();
});

test('an editor logs in with GitLab (PKCE) and sees the stories and the workflow board', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const visited: string[] = [];
  page.context().on('request', (request) => visited.push(`${request.method()} ${request.url()}`));
  // The admin page's policy lets Decap reach the (fake) host's API and avatars.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  await page.goto(`${site.url}/admin/`);
  await page.getByRole('button', { name: 'Inloggen met GitLab' }).click();

  await page.getByRole('link', { name: 'Verhalen' }).click(slowly);
  const storyFolder = path.join(site.dir, 'content/stories');
  for (const file of readdirSync(storyFolder)) {
    const { title } = parseContentFile(path.join(storyFolder, file)) as { title: string };
    // The list shows each story as "<publication date> · <title>" (admin/list-views.ts).
    await expect(page.getByRole('heading', { name: ` · ${title}` })).toBeVisible(slowly);
  }
  // Production uses the editorial workflow: its board loads (nothing under review yet).
  await page.getByRole('link', { name: 'Workflow' }).click();
  await expect(page.getByText('Wordt beoordeeld', { exact: true })).toBeVisible(slowly);
  // Decap went to GitLab, came back to the admin page with a code and traded it there.
  const login = visited.filter((call) => /\/oauth\/|\/admin\/\?/.test(call));
  expect(login).toEqual([
    expect.stringMatching(`^GET ${fake.url}/oauth/authorize\\?client_id=${appId}&redirect_uri=`),
    expect.stringMatching(`^GET ${site.url}/admin/\\?code=\\w+&state=`),
    `POST ${fake.url}/oauth/token`,
  ]);
  expect(fake.tokens.size).toBe(1);
  expect(fake.unknown).toEqual([]);
  expect(refused).toEqual([]);
});
