/**
 * Two instances of the site on one PostgreSQL database (issue 18): real server processes on
 * 127.0.0.1, a throw-away cluster started by the test, a real webhook receiver. Signups go to both
 * instances at once for an event with 15 places, and one instance is killed with SIGKILL midway.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PostgresEngine } from '../../src/lib/registrations/postgres-engine.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { health, startServer, type RunningServer } from '../support/server-process.ts';
import { fetchTicket, postSignup, validSignup } from '../support/signup-client.ts';
import { startReceiver } from '../support/webhook-receiver.ts';
import { exportedRegistrations, report } from '../support/wsp-export.ts';

const secret = `whsec_${Buffer.from('two-instances-secret-of-enough-length').toString('base64')}`;
const exportToken = 'two-instances-export-token-0123456789';
/** 15 places (content/events/koffie-met-een-ambassadeur-soest.md). */
const eventId = 'koffie-met-een-ambassadeur-soest';
const capacity = 15;

const exported = (server: RunningServer) => exportedRegistrations(server.url, exportToken);

test.describe.configure({ mode: 'serial' });

let cluster: PostgresCluster | undefined;
test.afterAll(() => cluster?.stop());

test('200 signups for 15 places over two instances, one killed midway: exactly 15 confirmed, nothing lost, each webhook by id', async () => {
  test.setTimeout(240_000);
  cluster = await startPostgresCluster();
  const admin = new PostgresEngine(cluster.url, 1);
  await admin.run('CREATE DATABASE instances');
  await admin.close();
  const receiver = await startReceiver(secret);
  const env = {
    DATABASE_URL: cluster.urlOf('instances'),
    // Unused with DATABASE_URL: a folder of its own, so nothing could write to another test's.
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'instances-')),
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_URL: receiver.url,
    DELIVERY_WSP_REGIO_AMERSFOORT_WEBHOOK_SECRET: secret,
    DELIVERY_WSP_REGIO_AMERSFOORT_EXPORT_TOKEN: exportToken,
    DELIVERY_RETRY_BASE_SECONDS: '0.2',
    // What the killed instance held is attempted again by the other after this.
    DELIVERY_LEASE_SECONDS: '3',
  };
  // Started one after the other: the second finds the schema the first migrated.
  const first = await startServer(env);
  const second = await startServer(env);
  const instances = [first, second];
  try {
    // A form from one instance is accepted by the other: they share the form secret.
    const ticket = await fetchTicket(second.url, eventId);
    const crossed = await postSignup(first.url, eventId, {
      ...validSignup,
      ...ticket,
      name: 'Werkgever over twee',
      email: 'over-twee@example.nl',
    });
    expect(crossed.status).toBe(303);

    const total = 200;
    const acknowledged: string[] = [];
    const byInstance = [0, 0];
    let killAt: () => void = () => {};
    const killMoment = new Promise<void>((resolve) => (killAt = resolve));
    const attempts = Array.from({ length: total }, async (_, i) => {
      const server = instances[i % 2]!;
      const name = `Werkgever ${i}`;
      try {
        const form = await fetchTicket(server.url, eventId);
        const result = await postSignup(server.url, eventId, {
          ...validSignup,
          ...form,
          name,
          email: `werkgever-${i}@example.nl`,
        });
        if (result.status === 303) {
          acknowledged.push(name);
          byInstance[i % 2]! += 1;
        }
      } catch {
        // The killed instance: never answered, so never acknowledged.
      }
      // Midway for both: after 40 in all, once the first instance has answered some itself (on
      // a loaded machine the other one can answer the first 40 on its own).
      if (acknowledged.length >= 40 && byInstance[0]! > 0) killAt();
    });
    // Should the first instance never answer, the checks below say so instead of a time-out.
    await Promise.race([killMoment, Promise.all(attempts)]);
    await first.stop('SIGKILL');
    await Promise.all(attempts);
    // The kill came in the middle: the first instance answered some, not all of its hundred.
    expect(byInstance[0]).toBeGreaterThan(0);
    expect(byInstance[0]).toBeLessThan(total / 2);

    const stored = (await exported(second)).filter((row) => row.event.id === eventId);
    const names = stored.map((row) => row.name);
    // Every acknowledged registration is there, once.
    expect(acknowledged.filter((name) => !names.includes(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
    // Exactly the capacity confirmed, the rest on the waitlist.
    const confirmed = stored.filter((row) => row.status === 'bevestigd');
    expect(confirmed).toHaveLength(capacity);
    expect(stored.filter((row) => row.status === 'wachtlijst')).toHaveLength(
      stored.length - capacity,
    );

    // Every registration reaches the receiver: what the killed instance held, after its claim ran
    // out, by the surviving instance.
    const ids = stored.map((row) => row.id);
    await expect
      .poll(() => ids.filter((id) => !receiver.accepted.has(id)).length, { timeout: 60_000 })
      .toBe(0);
    await expect
      .poll(async () => (await health(second.url)).deliveries.pending, { timeout: 30_000 })
      .toBe(0);
    expect(receiver.forged).toBe(0);
    // Each delivery once by its id: a second arrival can only be an attempt that the killed
    // instance had sent but not yet recorded (at most its two slots of the lane), which the
    // receiver recognises by the same webhook-id.
    const twice = [...receiver.accepted.values()].filter((count) => count > 1).length;
    expect(twice).toBeLessThanOrEqual(2);
    expect([...receiver.accepted.keys()].every((id) => ids.includes(id))).toBe(true);
    report(
      `Two instances: ${total} signups for ${capacity} places, instance 1 killed after ` +
        `${acknowledged.length >= 40 ? 40 : acknowledged.length} acknowledgements; ` +
        `${acknowledged.length} acknowledged (${byInstance[0]} by the killed one), ${stored.length} stored, ` +
        `${confirmed.length} confirmed, ${stored.length - confirmed.length} on the waitlist, ` +
        `${receiver.accepted.size} delivered by webhook, ${twice} arrived twice.`,
    );
  } finally {
    for (const server of instances) await server.stop('SIGKILL');
    await receiver.close();
  }
});
