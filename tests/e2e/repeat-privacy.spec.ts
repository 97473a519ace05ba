/**
 * Whether an address was used cannot be learned from the screen: a signup from an address already
 * signed up, a plan sent again, and a plan over the daily limit get exactly the answer of a first
 * submission. The owner of the address hears it by e-mail (a real SMTP server on 127.0.0.1), at
 * most once a day, and nothing is stored or delivered to the WSP twice.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../support/server-process.ts';
import { fetchTicket, validSignup } from '../support/signup-client.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

const eventId = 'online-no-riskpolis-en-loonkostensubsidie';
const typical =
  'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01';
const secret = `whsec_${Buffer.from('repeat-privacy-test-secret').toString('base64')}`;

/** What a client can see of an answer: status, the headers that matter, and the body. */
async function seen(response: Response) {
  const headers = ['location', 'content-type', 'cache-control', 'retry-after', 'set-cookie'];
  return {
    status: response.status,
    headers: Object.fromEntries(headers.map((name) => [name, response.headers.get(name)])),
    body: await response.text(),
  };
}

function post(server: RunningServer, route: string, fields: Record<string, string>, json = false) {
  return fetch(`${server.url}${route}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: server.url,
      'content-type': 'application/x-www-form-urlencoded',
      ...(json ? { accept: 'application/json' } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
}

async function planTicket(server: RunningServer) {
  const html = await (await fetch(`${server.url}/regelingen/wijzer/uitkomst/?${typical}`)).text();
  const field = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
  return { token: field('token'), stamp: field('stamp'), answers: field('answers'), website: '' };
}

test('first and repeat submissions answer the same; the owner is told by e-mail, once', async () => {
  test.setTimeout(90_000);
  const receiver = await startReceiver(secret);
  const smtp = await startSmtpSink();
  const server = await startServer({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'repeat-')),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Iedereen doet mee <noreply@example.nl>',
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL: receiver.url,
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_SECRET: secret,
  });
  try {
    // Event signups: the owner first, then someone else with the owner's address, then a
    // newcomer with the same details as that someone else. Plain posts and script (JSON) posts.
    const signup = async (email: string, name: string, json = false) =>
      seen(
        await post(
          server,
          `/bijeenkomsten/${eventId}/aanmelden/`,
          { ...validSignup, ...(await fetchTicket(server.url, eventId)), email, name },
          json,
        ),
      );
    const owner = await signup('eigenaar@bedrijf.example', 'Echte Eigenaar');
    const repeat = await signup('Eigenaar@Bedrijf.example', 'Iemand Anders');
    const newcomer = await signup('nieuw@bedrijf.example', 'Iemand Anders');
    expect(owner.status).toBe(303);
    expect(repeat).toEqual(newcomer);
    expect(repeat).toEqual(owner);
    const repeatJson = await signup('eigenaar@bedrijf.example', 'Iemand Anders', true);
    const newcomerJson = await signup('nieuw2@bedrijf.example', 'Iemand Anders', true);
    expect(repeatJson).toEqual(newcomerJson);
    expect(repeatJson.status).toBe(200);
    // The confirmation page of the repeat is the one of a new signup.
    const page = await fetch(`${server.url}${repeat.headers['location']}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('U bent aangemeld');

    // Hire plans: sent, the same plan again, then over the daily limit of three.
    const plan = async (email: string, hours: number) => {
      const ticket = await planTicket(server);
      return seen(
        await post(server, '/regelingen/wijzer/versturen/', {
          ...ticket,
          answers: ticket.answers.replace(/uren=\d+/, `uren=${hours}`),
          name: 'Plan Eigenaar',
          email,
          organisation: 'Plan BV',
          municipality: 'soest',
          consent: 'ja',
        }),
      );
    };
    const plans = [
      await plan('plan@bedrijf.example', 8),
      await plan('plan@bedrijf.example', 8), // the same plan again
      await plan('limiet@bedrijf.example', 8),
      await plan('limiet@bedrijf.example', 16),
      await plan('limiet@bedrijf.example', 24),
      await plan('limiet@bedrijf.example', 32), // the fourth plan today
      await plan('limiet@bedrijf.example', 40),
    ];
    for (const answer of plans) expect(answer).toEqual(plans[0]);
    expect(plans[0]?.status).toBe(303);

    // The WSP got each signup and plan once: owner, two newcomers, one plan, three plans.
    await expect.poll(() => receiver.messages.size, { timeout: 15_000 }).toBe(7);
    expect([...receiver.accepted.values()].every((times) => times === 1)).toBe(true);
    expect(receiver.forged).toBe(0);

    // The owners' notices: one per address per day, however often it was tried.
    const to = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
    await expect.poll(() => to('eigenaar@bedrijf.example').length, { timeout: 15_000 }).toBe(2);
    await expect.poll(() => to('limiet@bedrijf.example').length, { timeout: 15_000 }).toBe(4);
    await expect.poll(() => to('plan@bedrijf.example').length, { timeout: 15_000 }).toBe(2);
    const decoded = (address: string) =>
      to(address)
        .map((m) => m.raw.replace(/=\r?\n/g, ''))
        .join('\n');
    expect(decoded('eigenaar@bedrijf.example')).toContain('U was al aangemeld');
    expect(decoded('eigenaar@bedrijf.example')).toContain('Beste Echte Eigenaar');
    expect(decoded('plan@bedrijf.example')).toContain('Uw aannameplan was al verstuurd');
    expect(decoded('limiet@bedrijf.example')).toContain('Uw aannameplan is niet verstuurd');
    expect(server.output()).not.toContain('@bedrijf.example');
  } finally {
    await server.stop();
    await receiver.close();
    await smtp.close();
  }
});
