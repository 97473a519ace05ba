/**
 * A delivery that keeps failing is logged and reported to ALERT_EMAIL with ids and a reason
 * category only: never the error text of the failure, which for a refused recipient quotes the
 * registrant's address. Against the real server, a real SMTP server on 127.0.0.1 that refuses
 * the registrants, a webhook that answers 500 and one that never answers.
 */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { health, startServer } from '../support/server-process.ts';
import { signUp } from '../support/signup-client.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';

const secret = `whsec_${Buffer.from('privacy-test-secret-of-enough-length').toString('base64')}`;
const eventId = 'ontbijtsessie-personeel-via-het-wsp';

/** The registrants: every one of these strings is personal data that must stay out. */
const fenna = {
  name: 'Fenna Zwart-Kippenboer',
  email: 'fenna.zwart@kippenboer.example',
  phone: '033 987 65 43',
  organisation: 'Pluimveebedrijf Zwart',
  municipality: 'barneveld',
};
const joost = {
  name: 'Joost Hangmat',
  email: 'joost.hangmat@traag.example',
  phone: '035 111 22 33',
  organisation: 'Hangmatverhuur Eemnes',
  municipality: 'eemnes',
};

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
}

test('failed deliveries are logged and reported with ids and reasons, never personal data', async () => {
  test.setTimeout(90_000);
  const smtp = await startSmtpSink({ refuseRecipients: [fenna.email, joost.email] });
  const failing = createServer((req, res) => {
    req.resume();
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(`Kan ${fenna.email} niet verwerken`);
  });
  // Takes the request and never answers: the worker's timeout has to end it.
  const hanging = createServer((req) => req.resume());
  const server = await startServer({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'privacy-')),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Iedereen doet mee <noreply@example.nl>',
    ALERT_EMAIL: 'beheer@example.nl',
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: await listen(failing),
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
    DELIVERY_WSP_GOOI_EN_VECHTSTREEK_WEBHOOK_URL: await listen(hanging),
    DELIVERY_WSP_GOOI_EN_VECHTSTREEK_WEBHOOK_SECRET: secret,
    // A retry window of a few seconds instead of 72 hours, so giving up can be seen.
    DELIVERY_RETRY_HOURS: '0.001',
    DELIVERY_RETRY_BASE_SECONDS: '0.2',
  });
  try {
    for (const registrant of [fenna, joost]) {
      expect((await signUp(server.url, eventId, registrant)).status).toBe(303);
    }
    // Per registrant: the confirmation (refused by SMTP) and the webhook (500, or no answer).
    await expect
      .poll(async () => (await health(server.url)).deliveries.failed, {
        timeout: 60_000,
      })
      .toBe(4);
    const alerts = () =>
      smtp.messages.filter((message) => message.to.includes('beheer@example.nl'));
    await expect.poll(() => alerts().length, { timeout: 10_000 }).toBe(4);

    const output = server.output();
    const alertText = alerts()
      .map((message) => message.raw)
      .join('\n');
    for (const registrant of [fenna, joost]) {
      const personal = [
        registrant.name,
        registrant.email,
        registrant.email.split('@')[0] ?? '',
        registrant.phone,
        registrant.phone.replaceAll(' ', ''),
        registrant.organisation,
      ];
      for (const value of personal) {
        expect(output, `the log holds ${value}`).not.toContain(value);
        expect(alertText, `an alert holds ${value}`).not.toContain(value);
      }
    }
    // What the log does say: which delivery, and a reason an operator can act on.
    expect(output).toMatch(/Delivery \d+ \(confirmation to registrant\) failed .*: smtp 550/);
    expect(output).toMatch(/Delivery \d+ \(webhook to wsp-foodvalley\) failed .*: webhook 500/);
    expect(output).toMatch(
      /Delivery \d+ \(webhook to wsp-gooi-en-vechtstreek\) failed .*: timeout/,
    );
    expect(alertText).toContain('smtp 550');
    // And until when the data is kept before it is deleted all the same.
    expect(alertText.replace(/=\r?\n/g, '')).toMatch(
      /De gegevens blijven bewaard tot \d+ \w+ \d{4} \(RETENTION_MAX_DAYS\)/,
    );
  } finally {
    await server.stop();
    failing.close();
    hanging.closeAllConnections();
    hanging.close();
    await smtp.close();
  }
});
