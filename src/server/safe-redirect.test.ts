import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet } from '../../tests/support/raw-http.ts';
import { startTestSiteServer, type TestSiteServer } from '../../tests/support/test-site-server.ts';
import { sameOriginPath } from './safe-redirect.ts';

/** A Location is safe when it is a path on this site: one slash, then no slash or backslash. */
function expectSameOrigin(location: string, origin: string) {
  expect(location).toMatch(/^\/[^/\\]/);
  const resolved = new URL(location, origin);
  expect(resolved.origin).toBe(origin);
}

describe('sameOriginPath', () => {
  it('keeps an ordinary path', () => {
    expect(sameOriginPath('/verhalen/', '?p=2')).toBe('/verhalen/?p=2');
  });

  it('collapses leading slashes and backslashes into one slash', () => {
    for (const hostile of ['//evil.example/', '/\\evil.example/', '///evil.example/x', '\\/evil']) {
      expectSameOrigin(sameOriginPath(hostile), 'https://site.example');
    }
    expect(sameOriginPath('//evil.example/x/')).toBe('/evil.example/x/');
  });

  it('never answers with a scheme or a control character', () => {
    for (const hostile of [
      'https://evil.example/',
      'javascript:alert(1)',
      '/\t/evil',
      '\n//evil',
    ]) {
      const location = sameOriginPath(hostile);
      expectSameOrigin(location, 'https://site.example');
      expect(location).not.toMatch(/[\0-\x1f\x7f]/);
    }
  });
});

describe('the trailing-slash redirect of the site server', () => {
  let site: TestSiteServer;
  let base: string;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'site-'));
    mkdirSync(path.join(root, 'verhalen'));
    writeFileSync(path.join(root, 'verhalen', 'index.html'), '<h1>Verhalen</h1>');
    writeFileSync(path.join(root, '404.html'), '<h1>Niet gevonden</h1>');
    site = await startTestSiteServer({
      clientDir: root,
      astroHandler: async (_req, _res, next) => next(),
    });
    base = site.base;
  });

  afterAll(() => site.close());

  it('still adds the slash to a directory URL', async () => {
    const answer = await rawGet(base, '/verhalen?p=2');
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe('/verhalen/?p=2');
  });

  it('never redirects to another host, whatever the path looks like', async () => {
    const hostile = [
      '//x//evil.example/%2e%2e%2fverhalen',
      '//evil.example/%2e%2e%2fverhalen',
      '/\\evil.example/%2e%2e%2fverhalen',
      '/%2F%2Fevil.example/%2e%2e%2fverhalen',
      '/%5cevil.example/%2e%2e%2fverhalen',
      '///evil.example/x/%2e%2e%2f%2e%2e%2fverhalen',
      '/\\/evil.example/%2e%2e%2fverhalen',
      '/%09/evil.example/%2e%2e%2fverhalen',
      '/%0a/evil.example/%2e%2e%2fverhalen',
      '/\t/evil.example/%2e%2e%2fverhalen',
    ];
    let redirects = 0;
    for (const target of hostile) {
      const answer = await rawGet(base, target);
      const location = answer.headers['location'];
      if (answer.status === 301) redirects += 1;
      if (location !== undefined) expectSameOrigin(location, base);
    }
    // The test is only worth something when most of these paths really reach the redirect.
    expect(redirects).toBeGreaterThanOrEqual(6);
  });
});
