/**
 * The other failure paths of delivery-privacy.spec.ts, against the real server: the WSP's e-mail
 * inbox refusing, a hire plan (contact request from the wijzer) that cannot be delivered, a
 * notice e-mail about a repeat that is refused, and an SMTP server that cannot be reached at all.
 * On every one, the log and the alert e-mails name ids and a reason category, never a name,
 * address, phone number, organisation or remark that was sent.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startServer, type RunningServer } from '../support/server-process.ts';
import { fetchTicket, validSignup } from '../support/signup-client.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';

const secret = `whsec_${Buffer.from('privacy-paths-test-secret-of-length').toString('base64')}`;
const eventId = 'ontbijtsessie-personeel-via-het-wsp';
const inbox = 'aanmeldingen@wsp-regio.example';
const typical =
  'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01';

interface Person {
  name: string;
  email: string;
  phone: string;
  organisation: string;
  municipality: string;
  remark?: string;
}

/** Signs up for the event (Soest: the WSP Regio Amersfoort, reached by e-mail only). */
const ans: Person = {
  name: 'Ans Kroonkurk',
  email: 'ans.kroonkurk@flessenfabriek.example',
  phone: '033 246 80 24',
  organisation: 'Flessenfabriek Kroonkurk',
  municipality: 'soest',
};
/** Sends a plan to the WSP Regio Amersfoort (e-mail), twice: the second time gets a notice. */
const carla: Person = {
  name: 'Carla Wervelwind',
  email: 'carla.wervelwind@molenaar.example',
  phone: '033 135 79 13',
  organisation: 'Molenaarsbedrijf Wervelwind',
  municipality: 'soest',
  remark: 'Bel mij liever na vieren op mijn mobiel',
};
/** Sends a plan to the WSP Foodvalley, whose webhook answers 500. */
const bram: Person = {
  name: 'Bram Zeepsop',
  email: 'bram.zeepsop@wasserette.example',
  phone: '0318 97 53 19',
  organisation: 'Wasserette Zeepsop',
  municipality: 'barneveld',
  remark: 'Onze locatie aan de Schuimweg is rolstoeltoegankelijk',
};

function post(server: RunningServer, route: string, fields: Record<string, string>) {
  return fetch(`${server.url}${route}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

async function signUp(server: RunningServer, person: Person) {
  const { remark: _remark, ...fields } = person;
  const ticket = await fetchTicket(server.url, eventId);
  return post(server, `/bijeenkomsten/${eventId}/aanmelden/`, {
    ...validSignup,
    ...ticket,
    ...fields,
  });
}

async function sendPlan(server: RunningServer, person: Person) {
  const html = await (await fetch(`${server.url}/regelingen/wijzer/uitkomst/?${typical}`)).text();
  const field = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
  return post(server, '/regelingen/wijzer/versturen/', {
    token: field('token'),
    stamp: field('stamp'),
    answers: field('answers'),
    website: '',
    ...person,
    remark: person.remark ?? '',
    consent: 'ja',
  });
}

/** Every string of these people that must stay out of logs and alerts. */
function personalData(people: Person[]): string[] {
  return people.flatMap((person) => [
    person.name,
    person.name.split(' ')[1] ?? person.name,
    person.email,
    person.email.split('@')[0] ?? '',
    person.email.split('@')[1] ?? '',
    person.phone,
    person.phone.replaceAll(' ', ''),
    person.organisation,
    ...(person.remark ? [person.remark] : []),
  ]);
}

const failedCount = async (server: RunningServer) =>
  ((await (await fetch(`${server.url}/healthz`)).json()) as { deliveries: { failed: number } })
    .deliveries.failed;

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
}

const common = {
  MAIL_FROM: 'Iedereen doet mee <noreply@example.nl>',
  ALERT_EMAIL: 'beheer@example.nl',
  DELIVERY_WSP_REGIO_AMERSFOORT_EMAIL: inbox,
  // A retry window of a few seconds instead of 72 hours, so giving up can be seen.
  DELIVERY_RETRY_HOURS: '0.001',
  DELIVERY_RETRY_BASE_SECONDS: '0.2',
};

test('the WSP inbox, a plan and a repeat notice failing: ids and reasons only', async () => {
  test.setTimeout(90_000);
  // Refuses the people and the WSP's inbox, quoting the address as Postfix does.
  const smtp = await startSmtpSink({
    refuseRecipients: [ans.email, carla.email, bram.email, inbox],
  });
  const failing = createServer((req, res) => {
    req.resume();
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(`Kan het plan van ${bram.name} (${bram.email}) niet verwerken`);
  });
  const server = await startServer({
    ...common,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'privacy-paths-')),
    SMTP_URL: smtp.url,
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: await listen(failing),
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
  });
  try {
    expect((await signUp(server, ans)).status).toBe(303);
    expect((await sendPlan(server, carla)).status).toBe(303);
    expect((await sendPlan(server, bram)).status).toBe(303);
    // The repeats, each answered like a first one; their owners get a notice (refused).
    expect((await signUp(server, { ...ans, name: 'Iemand Anders' })).status).toBe(303);
    expect((await sendPlan(server, carla)).status).toBe(303);

    // Ans: confirmation, the WSP inbox, the notice. Carla: confirmation, the WSP inbox, the
    // notice. Bram: confirmation, the webhook.
    await expect.poll(() => failedCount(server), { timeout: 60_000 }).toBe(8);
    const alerts = () => smtp.messages.filter((m) => m.to.includes('beheer@example.nl'));
    await expect.poll(() => alerts().length, { timeout: 10_000 }).toBe(8);

    const output = server.output();
    const alertText = alerts()
      .map((m) => m.raw.replace(/=\r?\n/g, ''))
      .join('\n');
    for (const value of [...personalData([ans, carla, bram]), 'Iemand Anders']) {
      expect(output, `the log holds ${value}`).not.toContain(value);
      expect(alertText, `an alert holds ${value}`).not.toContain(value);
    }
    // What they do say: which delivery, on which channel, and why.
    const failed = (channel: string, target: string, reason: string) =>
      new RegExp(`Delivery \\d+ \\(${channel} to ${target}\\) failed .*: ${reason}`, 'g');
    expect(output.match(failed('email', 'wsp-regio-amersfoort', 'smtp 550'))).toHaveLength(2);
    expect(output.match(failed('webhook', 'wsp-foodvalley', 'webhook 500'))).toHaveLength(1);
    expect(output.match(failed('confirmation', 'registrant', 'smtp 550'))).toHaveLength(3);
    expect(output.match(failed('confirmation', 'notice', 'smtp 550'))).toHaveLength(2);
    expect(alertText.match(/smtp 550/g)?.length).toBeGreaterThanOrEqual(7);
    expect(alertText).toContain('webhook 500');
  } finally {
    await server.stop();
    failing.close();
    await smtp.close();
  }
});

test('an SMTP server that cannot be reached: ids and reasons only in the log', async () => {
  test.setTimeout(90_000);
  // Nothing listens here: every e-mail, the alerts included, fails to connect.
  const closedPort = await freePort();
  const server = await startServer({
    ...common,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'privacy-smtp-down-')),
    SMTP_URL: `smtp://127.0.0.1:${closedPort}`,
  });
  try {
    expect((await signUp(server, ans)).status).toBe(303);
    expect((await sendPlan(server, carla)).status).toBe(303);
    expect((await signUp(server, { ...ans, name: 'Iemand Anders' })).status).toBe(303);

    // Ans: confirmation, the WSP inbox, the notice. Carla: confirmation, the WSP inbox.
    await expect.poll(() => failedCount(server), { timeout: 60_000 }).toBe(5);
    await expect
      .poll(() => server.output().match(/The alert e-mail could not be sent either/g)?.length, {
        timeout: 10_000,
      })
      .toBe(5);

    const output = server.output();
    for (const value of [...personalData([ans, carla]), 'Iemand Anders']) {
      expect(output, `the log holds ${value}`).not.toContain(value);
    }
    expect(output).not.toContain('ECONNREFUSED');
    const lines = output.match(/Delivery \d+ \(\w+ to [\w-]+\) failed .*/g) ?? [];
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/: smtp E[A-Z]+$/);
  } finally {
    await server.stop();
  }
});
