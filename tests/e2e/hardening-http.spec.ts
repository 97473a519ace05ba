/**
 * Hardening of the real server over raw HTTP, where a browser would normalise the request: every
 * HTML answer (static and on demand) forbids framing and names its charset, the trailing-slash
 * redirect never leaves the site, and a chunked body over the limit gets the Dutch 413.
 */
import { expect, test } from '@playwright/test';
import { rawGet, rawRequest } from '../support/raw-http.ts';
import { signUp } from '../support/signup-client.ts';

const eventId = 'ontbijtsessie-personeel-via-het-wsp';
const typical =
  'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01';

async function expectProtectedHtml(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { redirect: 'manual', ...init });
  expect(response.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
  expect(response.headers.get('content-security-policy'), url).toContain("frame-ancestors 'none'");
  return response;
}

test('every HTML answer, static or on demand, forbids framing and names its charset', async ({
  baseURL,
}) => {
  // Static pages and the 404 page.
  await expectProtectedHtml(`${baseURL}/`);
  await expectProtectedHtml(`${baseURL}/bijeenkomsten/${eventId}/`);
  await expectProtectedHtml(`${baseURL}/nergens/`);

  // The signup form, its answer with errors, and the confirmation page.
  const form = await expectProtectedHtml(`${baseURL}/bijeenkomsten/${eventId}/aanmelden/`);
  expect(form.headers.get('content-security-policy')).toContain('sha256-');
  const invalid = await expectProtectedHtml(`${baseURL}/bijeenkomsten/${eventId}/aanmelden/`, {
    method: 'POST',
    headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'name=&email=geen-adres',
  });
  expect(invalid.status).toBeGreaterThanOrEqual(400);
  const signup = await signUp(baseURL!, eventId, {}, 1100); // the form's minimum fill time
  expect(signup.status).toBe(303);
  await expectProtectedHtml(new URL(signup.location!, baseURL).href);

  // The wijzer's result and its send form.
  await expectProtectedHtml(`${baseURL}/regelingen/wijzer/uitkomst/?${typical}`);
  await expectProtectedHtml(`${baseURL}/regelingen/wijzer/versturen/?${typical}`);

  // The server island inside the static event page.
  const eventPage = await (await fetch(`${baseURL}/bijeenkomsten/${eventId}/`)).text();
  const island = /["'](\/_server-islands\/[^"']+)["']/
    .exec(eventPage)?.[1]
    ?.replaceAll('&amp;', '&');
  expect(island, 'the event page loads its signup panel as a server island').toBeTruthy();
  await expectProtectedHtml(`${baseURL}${island}`);
});

test('the trailing-slash redirect never sends a browser to another host', async ({ baseURL }) => {
  for (const target of [
    '//x//evil.example/%2e%2e%2fverhalen',
    '/\\evil.example/%2e%2e%2fverhalen',
    '/%2F%2Fevil.example/%2e%2e%2fverhalen',
    '/%5cevil.example/%2e%2e%2fverhalen',
    '///evil.example/x/%2e%2e%2f%2e%2e%2fverhalen',
  ]) {
    const answer = await rawGet(baseURL!, target);
    const location = answer.headers['location'];
    if (location === undefined) continue;
    expect(location, target).toMatch(/^\/[^/\\]/);
    expect(new URL(location, baseURL).origin, target).toBe(new URL(baseURL!).origin);
  }
  const first = await rawGet(baseURL!, '//x//evil.example/%2e%2e%2fverhalen');
  expect(first.status).toBe(301);
});

test('a chunked body over the limit gets 413 in Dutch, not "formulier verlopen"', async ({
  baseURL,
}) => {
  const chunk = `name=${'a'.repeat(8 * 1024 - 5)}`;
  const chunks = Array.from({ length: 9 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`);
  const answer = await rawRequest(
    baseURL!,
    [
      `POST /bijeenkomsten/${eventId}/aanmelden/ HTTP/1.1`,
      `Host: ${new URL(baseURL!).host}`,
      `Origin: ${baseURL}`,
      'Content-Type: application/x-www-form-urlencoded',
      'Transfer-Encoding: chunked',
      'Connection: close',
      '',
      `${chunks.join('')}0\r\n\r\n`,
    ].join('\r\n'),
  );
  expect(answer.status).toBe(413);
  expect(answer.body).toContain('Uw bericht is te groot.');
});
