import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet } from '../../tests/support/raw-http.ts';
import { startTestSiteServer, type TestSiteServer } from '../../tests/support/test-site-server.ts';
import { withCharset, withFrameAncestors } from './html-headers.ts';

describe('withFrameAncestors and withCharset', () => {
  it("adds frame-ancestors 'none' to a page's policy, once", () => {
    expect(withFrameAncestors("default-src 'self'; script-src 'sha256-x';")).toBe(
      "default-src 'self'; script-src 'sha256-x'; frame-ancestors 'none'",
    );
    expect(withFrameAncestors("frame-ancestors 'none'")).toBe("frame-ancestors 'none'");
    expect(withFrameAncestors('')).toBe("frame-ancestors 'none'");
  });

  it('adds the charset to HTML only', () => {
    expect(withCharset('text/html')).toBe('text/html; charset=utf-8');
    expect(withCharset('text/html; charset=utf-8')).toBe('text/html; charset=utf-8');
    expect(withCharset('text/calendar')).toBe('text/calendar');
  });
});

/** Answers the way Astro's Node adapter does: its own policy and a bare type in writeHead. */
const astroPolicy = "default-src 'self';script-src 'self' 'sha256-abc'; style-src 'self';";

describe('HTML answers of the site server', () => {
  let site: TestSiteServer;
  let base: string;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'site-'));
    writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>');
    writeFileSync(path.join(root, '404.html'), '<h1>Niet gevonden</h1>');
    site = await startTestSiteServer({
      clientDir: root,
      astroHandler: async (req, res, next) => {
        if (req.url?.endsWith('.ics')) {
          res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
          res.end('BEGIN:VCALENDAR');
        } else if (req.url?.startsWith('/bijeenkomsten/') || req.url?.startsWith('/_server')) {
          res.writeHead(200, {
            'content-security-policy': astroPolicy,
            'content-type': 'text/html',
          });
          res.end('<p>formulier</p>');
        } else next();
      },
    });
    base = site.base;
  });

  afterAll(() => site.close());

  it("carry frame-ancestors 'none' and charset=utf-8, static and on demand", async () => {
    for (const target of [
      '/',
      '/nergens/',
      '/bijeenkomsten/x/aanmelden/',
      '/_server-islands/SignupPanel/?e=1',
    ]) {
      for (const encoding of ['identity', 'br']) {
        const answer = await rawGet(base, target, { 'accept-encoding': encoding });
        expect(answer.headers['content-type'], target).toBe('text/html; charset=utf-8');
        expect(answer.headers['content-security-policy'], target).toContain(
          "frame-ancestors 'none'",
        );
      }
    }
  });

  it("keeps the page's own policy", async () => {
    const answer = await rawGet(base, '/bijeenkomsten/x/aanmelden/');
    expect(answer.headers['content-security-policy']).toContain("'sha256-abc'");
  });

  it('leaves other types alone', async () => {
    const answer = await rawGet(base, '/bijeenkomsten/x/agenda.ics');
    expect(answer.headers['content-type']).toBe('text/calendar; charset=utf-8');
  });
});
