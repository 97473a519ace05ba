/**
 * Logging in to the CMS with a self-hosted GitLab as in production: a project copy built for the
 * GitLab backend (PKCE, no secret), served by the real server process, a fake GitLab on 127.0.0.1
 * (tests/support/fake-gitlab.ts), and Decap's own login button in Chromium. The staff view
 * (/beheer/) logs in with the same GitLab application, checked on the server.
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
  // The redirect URIs as docs/cms.md tells to register them in GitLab.
  fake.redirectUris = [`${site.url}/admin/`, `${site.url}/beheer/inloggen/`];
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

test.describe('the staff view with the same GitLab application', () => {
  test('a Developer logs in at /beheer/ and sees the counts; the cookie is for /beheer/ only', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const visited: string[] = [];
    page.context().on('request', (request) => visited.push(`${request.method()} ${request.url()}`));
    const answers: string[] = [];
    page.on('response', async (response) => {
      const header = response.headers()['set-cookie'] ?? '';
      // A redirect has no body to read.
      const body =
        response.request().resourceType() === 'document'
          ? await response.text().catch(() => '')
          : '';
      answers.push(`${header}\n${body}`);
    });
    const issued = fake.tokens.size;
    // A browser without a session is sent to the login, which goes through GitLab and back.
    await page.goto(`${site.url}/beheer/resultaten/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Resultaten van de campagne',
      slowly,
    );
    expect(page.url()).toBe(`${site.url}/beheer/resultaten/`);
    const session = (await page.context().cookies()).find(
      (cookie) => cookie.name === 'beheer_sessie',
    );
    expect(session).toMatchObject({ path: '/beheer/', httpOnly: true, sameSite: 'Strict' });
    // The browser went to GitLab with a PKCE challenge and back to the staff login; the server
    // traded the code itself, so the browser never saw the token endpoint or the token.
    const login = visited.filter((call) => /\/oauth\/|\/beheer\/inloggen\//.test(call));
    expect(login).toEqual([
      `GET ${site.url}/beheer/inloggen/`,
      expect.stringMatching(
        `^GET ${fake.url}/oauth/authorize\\?client_id=${appId}&redirect_uri=${encodeURIComponent(`${site.url}/beheer/inloggen/`)}&response_type=code&state=[\\w-]+&scope=api&code_challenge=[\\w-]{43}&code_challenge_method=S256$`,
      ),
      expect.stringMatching(`^GET ${site.url}/beheer/inloggen/\\?code=\\w+&state=`),
    ]);
    expect(fake.tokens.size).toBe(issued + 1);
    const token = [...fake.tokens].at(-1) ?? '';
    expect(answers.join('\n')).not.toContain(token);
    const home = await page.goto(`${site.url}/`);
    expect(home?.headers()['set-cookie']).toBeUndefined();
    const csv = await page.request.get(`${site.url}/beheer/resultaten/resultaten.csv`);
    expect(csv.status()).toBe(200);
  });

  test('a GitLab user below Developer on the project gets no session', async ({ page }) => {
    test.setTimeout(120_000);
    fake.accessLevel = 20; // Reporter: may read, not push
    try {
      await page.goto(`${site.url}/beheer/resultaten/`);
      await expect(page.getByText('Dit account heeft geen toegang tot de site')).toBeVisible(
        slowly,
      );
      const names = (await page.context().cookies()).map((cookie) => cookie.name);
      expect(names).not.toContain('beheer_sessie');
      const again = await page.request.get(`${site.url}/beheer/resultaten/`, {
        headers: { accept: 'text/html' },
        maxRedirects: 0,
      });
      expect(again.status()).toBe(303);
    } finally {
      fake.accessLevel = 30;
    }
  });
});
