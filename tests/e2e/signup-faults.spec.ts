/**
 * The signup pipeline under failure, against real processes on 127.0.0.1: a receiver that is down
 * for a while, and a server killed with SIGKILL in the middle of concurrent signups.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { health, startServer, type RunningServer } from '../support/server-process.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { signUp } from '../support/signup-client.ts';
import { startReceiver } from '../support/webhook-receiver.ts';
import { exportedRegistrations, report } from '../support/wsp-export.ts';

const secret = `whsec_${Buffer.from('fault-test-secret-of-enough-length').toString('base64')}`;
const exportToken = 'fault-test-export-token-0123456789';
const eventId = 'ontbijtsessie-personeel-via-het-wsp';

const exported = (server: RunningServer) => exportedRegistrations(server.url, exportToken);

async function registrationIds(server: RunningServer): Promise<string[]> {
  return (await exported(server)).map((registration) => registration.id);
}

test.describe.configure({ mode: 'serial' });

test('a receiver that is down for a while gets every registration exactly once after it recovers', async () => {
  test.setTimeout(120_000);
  const receiver = await startReceiver(secret);
  const server = await startServer({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'faults-')),
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL: receiver.url,
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_SECRET: secret,
    DELIVERY_WSP_REGIO_AMERSFOORT_EXPORT_TOKEN: exportToken,
    DELIVERY_RETRY_BASE_SECONDS: '0.2',
  });
  try {
    receiver.failing = true;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signUp(server.url, eventId, { name: `Werkgever ${i}` })),
    );
    expect(results.every((result) => result.status === 303)).toBe(true);

    await expect.poll(() => receiver.attempts, { timeout: 10_000 }).toBeGreaterThan(40);
    expect(receiver.accepted.size).toBe(0);
    expect((await health(server.url)).deliveries.pending).toBe(20);

    receiver.failing = false;
    const ids = await registrationIds(server);
    expect(ids).toHaveLength(20);
    await expect.poll(() => receiver.accepted.size, { timeout: 30_000 }).toBe(20);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect([...receiver.accepted.keys()].sort()).toEqual([...ids].sort());
    expect([...receiver.accepted.values()].every((count) => count === 1)).toBe(true);
    expect(receiver.forged).toBe(0);
    report(
      `Outage: 20 registrations while the receiver failed, ${receiver.attempts} attempts in all, ` +
        `${receiver.accepted.size} delivered after it recovered, each exactly once.`,
    );
    expect(await health(server.url)).toMatchObject({
      status: 'ok',
      deliveries: { pending: 0, failed: 0 },
    });
    // Nothing personal reaches the log, also not while deliveries fail.
    expect(server.output()).not.toMatch(/Werkgever \d|@example\.nl/);
  } finally {
    await server.stop();
    await receiver.close();
  }
});

test('after a SIGKILL during concurrent signups, every acknowledged registration is there', async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kill-'));
  const env = { DATA_DIR: dataDir, DELIVERY_WSP_REGIO_AMERSFOORT_EXPORT_TOKEN: exportToken };
  const server = await startServer(env);
  const acknowledged: string[] = [];
  const acknowledgedNames: string[] = [];
  const total = 400;
  // Kill the moment the tenth signup is acknowledged, so the kill lands among the others.
  let killAt: () => void = () => {};
  const tenAcknowledged = new Promise<void>((resolve) => (killAt = resolve));
  const attempts = Array.from({ length: total }, (_, i) =>
    signUp(server.url, eventId, { name: `Snel ${i}`, attendees: '1' })
      .then((result) => {
        if (result.status === 303 && result.location) {
          acknowledged.push(result.location);
          acknowledgedNames.push(`Snel ${i}`);
        }
        if (acknowledged.length >= 10) killAt();
      })
      .catch(() => undefined),
  );
  await tenAcknowledged;
  await server.stop('SIGKILL');
  await Promise.all(attempts);
  // The kill really came in the middle: some signups were never answered.
  expect(acknowledged.length).toBeLessThan(total);

  const restarted = await startServer(env);
  try {
    for (const location of acknowledged) {
      const page = await fetch(`${restarted.url}${location}`);
      expect(page.status, location).toBe(200);
    }
    // Every acknowledged signup is stored, by the name it was sent with (the confirmation
    // address holds a receipt, not the registration, so it proves nothing about the store).
    const stored = (await exported(restarted)).map((registration) => registration.name);
    const lost = acknowledgedNames.filter((name) => !stored.includes(name));
    expect(lost).toEqual([]);
    expect(new Set(stored).size).toBe(stored.length);
    report(
      `SIGKILL: ${total} signups sent, ${acknowledged.length} acknowledged, ` +
        `${stored.length} stored after the restart, ${lost.length} acknowledged ones lost.`,
    );
    expect((await health(restarted.url)).store.writable).toBe(true);
  } finally {
    await restarted.stop();
  }
});

test('SIGTERM lets requests in flight finish, then stops cleanly', async () => {
  const server = await startServer({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'term-')) });
  const inFlight = signUp(server.url, eventId);
  const stopping = server.stop('SIGTERM');
  const result = await inFlight.catch(() => undefined);
  expect(await stopping).toBe(0);
  if (result) expect([303, 422]).toContain(result.status);
  expect(server.output()).toContain('SIGTERM: finishing open requests, then stopping.');
});

test('e-mail goes to the WSP inbox and the registrant; a delivery that keeps failing is reported', async () => {
  test.setTimeout(60_000);
  const smtp = await startSmtpSink();
  const receiver = await startReceiver(secret);
  receiver.failing = true;
  const server = await startServer({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'mail-')),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Iedereen doet mee <noreply@example.nl>',
    ALERT_EMAIL: 'beheer@example.nl',
    DELIVERY_WSP_FOODVALLEY_EMAIL: 'aanmeldingen@wsp-foodvalley.example',
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: receiver.url,
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
    // A retry window of a few seconds instead of 72 hours, so giving up can be seen.
    DELIVERY_RETRY_HOURS: '0.001',
    DELIVERY_RETRY_BASE_SECONDS: '0.2',
  });
  try {
    const result = await signUp(server.url, eventId, {
      municipality: 'barneveld',
      email: 'fenna@kippenboer.example',
    });
    expect(result.status).toBe(303);
    await expect.poll(() => smtp.messages.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const toWsp = smtp.messages.find((m) => m.to.includes('aanmeldingen@wsp-foodvalley.example'));
    const toRegistrant = smtp.messages.find((m) => m.to.includes('fenna@kippenboer.example'));
    expect(toWsp?.raw).toContain('Gemeente van het bedrijf: Barneveld');
    expect(toRegistrant?.raw).toContain('bijeenkomst.ics');

    await expect
      .poll(async () => (await health(server.url)).deliveries.failed, {
        timeout: 20_000,
      })
      .toBe(1);
    expect(await health(server.url)).toMatchObject({
      status: 'degraded',
      deliveries: { pending: 0, failed: 1 },
    });
    await expect
      .poll(() => smtp.messages.filter((m) => m.to.includes('beheer@example.nl')).length, {
        timeout: 10_000,
      })
      .toBe(1);
    expect(server.output()).toMatch(/Delivery \d+ \(webhook to wsp-foodvalley\) failed/);
    expect(server.output()).not.toContain('fenna@kippenboer.example');
  } finally {
    await server.stop();
    await receiver.close();
    await smtp.close();
  }
});
