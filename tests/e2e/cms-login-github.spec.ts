/**
 * Logging in to the CMS with GitHub as in production: a project copy built for the GitHub backend,
 * served by the real server process with the site's own OAuth routes, a fake GitHub on 127.0.0.1
 * (tests/support/fake-github.ts), and Decap's own login button and pop-up in Chromium.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseContentFile } from '../support/content-files.ts';
import { startFakeGithub, type FakeGithub } from '../support/fake-github.ts';
import { serveLoginSite, type LoginSite } from '../support/login-site.ts';
import { copyProject } from '../support/project-copy.ts';

test.describe.configure({ mode: 'serial' });
test.use({ locale: 'nl-NL' });
// Decap's interface takes a while to load on a busy machine.
const slowly = { timeout: 30_000 };
const client = { id: 'Iv1.e2e-regio-amersfoort', secret: 'e2e-secret-never-in-a-response-7f3a' };

let fake: FakeGithub;
let site: LoginSite;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dir = copyProject('cms-login-');
  fake = await startFakeGithub({
    repo: 'regio-amersfoort/werkgevers',
    branch: 'main',
    root: dir,
    clientId: client.id,
    clientSecret: client.secret,
  });
  site = await serveLoginSite(
    dir,
    {
      PUBLIC_CMS_BACKEND: 'github',
      PUBLIC_CMS_REPO: 'regio-amersfoort/werkgevers',
      PUBLIC_CMS_BRANCH: 'main',
      PUBLIC_CMS_API_ROOT: fake.apiRoot,
    },
    {
      CMS_GITHUB_CLIENT_ID: client.id,
      CMS_GITHUB_CLIENT_SECRET: client.secret,
      CMS_GITHUB_OAUTH_URL: fake.url,
    },
  );
  // The callback URL as docs/cms.md tells to register it at GitHub.
  fake.callbackUrl = `${site.url}/api/cms/callback`;
});

test.afterAll(async () => {
  await site?.stop();
  await fake?.close();
});

test('the login routes answer with and without the trailing slash', async () => {
  for (const route of ['/api/cms/auth', '/api/cms/auth/']) {
    const response = await fetch(`${site.url}${route}?provider=github&site_id=x&scope=repo`, {
      redirect: 'manual',
    });
    expect(response.status, route).toBe(302);
    expect(response.headers.get('location')).toMatch(`${fake.url}/login/oauth/authorize?`);
    // The state cookie's path covers both spellings of the callback.
    expect(response.headers.get('set-cookie')).toContain('Path=/api/cms/;');
  }
  for (const route of ['/api/cms/callback', '/api/cms/callback/']) {
    const response = await fetch(`${site.url}${route}?code=x&state=y`);
    expect(response.status, route).toBe(400);
    expect(await response.text()).toContain('Het inloggen is verlopen');
  }
});

test('an editor logs in with GitHub and sees the stories and the workflow board', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const visited: string[] = [];
  page.context().on('request', (request) => visited.push(request.url()));
  // The admin page's policy lets Decap reach the (fake) host's API and avatars.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) refused.push(message.text());
  });
  await page.goto(`${site.url}/admin/`);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Inloggen met GitHub' }).click();
  await page.getByRole('link', { name: 'Verhalen' }).click(slowly);
  // Decap closed the pop-up once it had the token. (Waiting for its "close" event could miss it.)
  await expect.poll(async () => (await popup).isClosed()).toBe(true);
  // It went through the site's routes, spelled as Decap and GitHub spell them.
  const login = visited.filter((url) => /\/api\/cms\/|\/login\/oauth\//.test(url));
  expect(login).toHaveLength(3);
  expect(login[0]).toBe(`${site.url}/api/cms/auth?provider=github&site_id=127.0.0.1&scope=repo`);
  expect(login[1]).toMatch(`${fake.url}/login/oauth/authorize?client_id=`);
  expect(login[2]).toMatch(new RegExp(`^${site.url}/api/cms/callback\\?code=\\w+&state=`));

  const storyFolder = path.join(site.dir, 'content/stories');
  for (const file of readdirSync(storyFolder)) {
    const { title } = parseContentFile(path.join(storyFolder, file)) as { title: string };
    // The list shows each story as "<publication date> · <title>" (admin/list-views.ts).
    await expect(page.getByRole('heading', { name: ` · ${title}` })).toBeVisible(slowly);
  }
  // Production uses the editorial workflow: its board loads (nothing under review yet).
  await page.getByRole('link', { name: 'Workflow' }).click();
  await expect(page.getByText('Wordt beoordeeld', { exact: true })).toBeVisible(slowly);
  expect(fake.tokens.size).toBe(1);
  // The secret never reached the browser; the token only through the pop-up's handshake.
  expect(visited.join('\n')).not.toContain(client.secret);
  expect(site.server.output()).not.toContain(client.secret);
  expect(fake.unknown).toEqual([]);
  expect(refused).toEqual([]);
});

test('a login answer with another state is refused and the CMS says so', async ({ page }) => {
  test.setTimeout(120_000);
  fake.forgeState = true;
  const issued = fake.tokens.size;
  try {
    await page.goto(`${site.url}/admin/`);
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Inloggen met GitHub' }).click();
    await expect(
      page.getByText('Het inloggen is verlopen of niet vanuit het beheer gestart'),
    ).toBeVisible(slowly);
    await expect.poll(async () => (await popup).isClosed()).toBe(true);
    await expect(page.getByRole('link', { name: 'Verhalen' })).toHaveCount(0);
    expect(fake.tokens.size).toBe(issued);
  } finally {
    fake.forgeState = false;
  }
});

test.describe('the staff view with the same login', () => {
  test('an editor logs in at /beheer/ and sees the counts; the cookie is for /beheer/ only', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const cookies: string[] = [];
    page.on('response', (response) => {
      const header = response.headers()['set-cookie'];
      if (header) cookies.push(`${new URL(response.url()).pathname} ${header}`);
    });
    // A browser without a session is sent to the login, which goes through GitHub and back.
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
    // The GitHub token never reached the browser, and public pages still set no cookie.
    expect(cookies.join('\n')).not.toMatch(/gho_/);
    const home = await page.goto(`${site.url}/`);
    expect(home?.headers()['set-cookie']).toBeUndefined();
    const csv = await page.request.get(`${site.url}/beheer/resultaten/resultaten.csv`);
    expect(csv.status()).toBe(200);
  });

  test('a GitHub user without access to the repository gets no session', async ({ page }) => {
    test.setTimeout(120_000);
    fake.writer = false;
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
      fake.writer = true;
    }
  });
});
